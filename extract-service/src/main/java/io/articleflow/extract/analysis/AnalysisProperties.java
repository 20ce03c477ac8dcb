package io.articleflow.extract.analysis;

import java.nio.file.Path;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the article analyzer.
 *
 * @param knowledgeBaseFile a TSV file of entities in the format of the built-in knowledge base
 *     ({@code kb/*.tsv}: type, canonical name, aliases, acronyms, Wikidata id, flags, id), merged over it at start-up:
 *     an entry with a built-in id replaces it, others are added; none by default
 * @param storySimilarity minimum estimated Jaccard similarity (0.05-1) of two articles' entity sets or word-shingle
 *     sets for them to share a story cluster
 * @param stripPageContent whether cleaning also removes the page's content around the article: everything after an
 *     end-of-article widget (comment box, related articles: teasers of other stories) and extra date lines in the
 *     header (a page clock beside the article's own date); furniture lines (image controls, share buttons) always go
 */
@Validated
@ConfigurationProperties("extract.analysis")
public record AnalysisProperties(Path knowledgeBaseFile,
		@DefaultValue("0.5") @DecimalMin(value = "0.05", message = "story-similarity must be at least 0.05")
		@DecimalMax(value = "1.0", message = "story-similarity must be at most 1") double storySimilarity,
		@DefaultValue("true") boolean stripPageContent) {

	public AnalysisProperties {
		if (storySimilarity < 0.05 || storySimilarity > 1) {
			throw new IllegalArgumentException("extract.analysis.story-similarity must be between 0.05 and 1, was "
					+ storySimilarity);
		}
	}

	/** The defaults, for use without Spring. */
	public static AnalysisProperties defaults() {
		return new AnalysisProperties(null, 0.5, true);
	}

}
