package io.articleflow.index.store;

import java.util.Objects;

import io.articleflow.common.event.ArticleEnriched;

/**
 * An article to index: the decoded event for the fields, and the JSON it came as, kept so that it can be served
 * back unchanged.
 *
 * @param article the decoded event
 * @param json the event's JSON as it was received
 */
public record IndexableArticle(ArticleEnriched article, String json) {

	public IndexableArticle {
		Objects.requireNonNull(article, "article");
		Objects.requireNonNull(json, "json");
	}

	/** The document id, the article's key in the index. */
	public String documentId() {
		return this.article.documentId();
	}

}
