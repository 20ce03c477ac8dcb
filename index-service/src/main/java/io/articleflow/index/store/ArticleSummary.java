package io.articleflow.index.store;

/**
 * An article named in a list of other articles: a story's other versions, an entity's timeline, similar articles.
 *
 * @param id the document id
 * @param title the headline, or the first sentence of the text when the article has none
 * @param date the publication date as the article gives it (ISO 8601), or {@code null}
 * @param publication the publishing outlet, or {@code null}
 */
public record ArticleSummary(String id, String title, String date, String publication) {
}
