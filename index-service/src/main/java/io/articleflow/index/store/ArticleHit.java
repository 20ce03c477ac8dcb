package io.articleflow.index.store;

import java.util.List;

/**
 * An article in a result list.
 *
 * @param id the document id
 * @param title the headline, or the file name when the article has none
 * @param date the publication date as the article gives it (ISO 8601), or {@code null}
 * @param snippet the best passage of the text: HTML-escaped, query matches wrapped in {@code <mark>} tags
 * @param entities the article's entities
 */
public record ArticleHit(String id, String title, String date, String snippet, List<EntityRef> entities) {

	public ArticleHit {
		entities = List.copyOf(entities);
	}

}
