package io.articleflow.extract.analysis;

import java.util.Map;

/**
 * Turns an article's raw text into what the enriched event carries. Implementations are thread-safe and hold no
 * per-article state between calls except the story-cluster registry.
 */
public interface ArticleAnalyzer {

	/**
	 * Analyses one article.
	 * @param documentId the article's stable id (used to register it with its story cluster)
	 * @param rawText the text as ingest extracted it from the file
	 * @param sourceMetadata what the file format said about the document (e.g. {@code title}, {@code author},
	 *     {@code created}); may be empty
	 * @return the cleaned text with entities whose mention offsets slice it exactly
	 */
	Analysis analyze(String documentId, String rawText, Map<String, String> sourceMetadata);

	/**
	 * Analyses one article whose source gives the document's date: the analyzer dates the article by it when the
	 * text states no date. Implementations that do not date articles analyse it as {@link #analyze(String, String,
	 * Map)} does.
	 * @param documentDate the source's date of the document, ISO 8601 (see
	 *     {@link io.articleflow.common.event.SourceFile#documentDate()}), or {@code null}
	 */
	default Analysis analyze(String documentId, String rawText, Map<String, String> sourceMetadata, String documentDate) {
		return analyze(documentId, rawText, sourceMetadata);
	}

	/** Code version and knowledge-base version, e.g. {@code 1.2.0+kb.2026.11.1}; carried in every event. */
	String version();

}
