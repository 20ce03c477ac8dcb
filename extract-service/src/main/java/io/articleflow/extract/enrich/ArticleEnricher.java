package io.articleflow.extract.enrich;

import java.time.Clock;

import io.articleflow.common.event.ArticleEnriched;
import io.articleflow.common.event.ArticleIngested;
import io.articleflow.common.limits.ArticleLimits;
import io.articleflow.common.messaging.InvalidEventException;
import io.articleflow.extract.analysis.Analysis;
import io.articleflow.extract.analysis.ArticleAnalyzer;

/** Makes the enriched event of a raw one: the analysis of its text, with the source carried over. */
public class ArticleEnricher {

	private final ArticleAnalyzer analyzer;

	private final Clock clock;

	private final int maxCharacters;

	/** An enricher within the default {@link ArticleLimits}. */
	public ArticleEnricher(ArticleAnalyzer analyzer, Clock clock) {
		this(analyzer, clock, ArticleLimits.defaults());
	}

	/** @param limits an article with more text than {@link ArticleLimits#maxCharacters()} is not analysed */
	public ArticleEnricher(ArticleAnalyzer analyzer, Clock clock, ArticleLimits limits) {
		this.analyzer = analyzer;
		this.clock = clock;
		this.maxCharacters = limits.maxCharacters();
	}

	/**
	 * Enriches one article.
	 * @throws InvalidEventException when the event lacks what every article has (id, source, text)
	 * @throws ArticleTooLargeException when its text is longer than an article may be
	 */
	public ArticleEnriched enrich(ArticleIngested article) {
		validate(article);
		Analysis analysis = this.analyzer.analyze(article.documentId(), article.text(), article.source().metadata(),
				article.source().documentDate());
		return new ArticleEnriched(article.documentId(), article.source(), analysis.cleanedText(),
				analysis.metadata(), analysis.entities(), analysis.clusterId(), this.analyzer.version(),
				article.seenAt(), article.ingestedAt(), this.clock.instant());
	}

	private void validate(ArticleIngested article) {
		if (article.documentId() == null || article.documentId().isBlank()) {
			throw new InvalidEventException("article-ingested event without documentId");
		}
		if (article.source() == null) {
			throw new InvalidEventException("article-ingested event " + article.documentId() + " without source");
		}
		if (article.text() == null || article.text().isBlank()) {
			throw new InvalidEventException("article-ingested event " + article.documentId() + " without text");
		}
		if (article.text().length() > this.maxCharacters) {
			throw new ArticleTooLargeException("article-ingested event " + article.documentId() + " has "
					+ article.text().length() + " characters of text, over the " + this.maxCharacters
					+ " an article may have (articleflow.limits.max-characters): not analysed");
		}
	}

}
