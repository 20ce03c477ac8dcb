package io.articleflow.index.store;

import java.util.List;

/**
 * A story in a result list: its best-matching article, and how many versions of the story (articles of the same
 * cluster: translations, reposts) match.
 *
 * @param id the document id
 * @param title the headline, or the first sentence of the text when the article has none (never the file name)
 * @param date the publication date as the article gives it (ISO 8601), or {@code null}
 * @param byline the author as the byline gives them (rank, name, role), or {@code null}
 * @param publication the publishing outlet, or {@code null}
 * @param snippet the best passage of the text after its title, byline and date lines: HTML-escaped, query matches
 *     wrapped in {@code <mark>} tags
 * @param entities the article's most salient entities (most mentions first, then earliest first mention), at most
 *     {@link #MAX_ENTITIES}
 * @param moreEntities how many more entities the article has than {@code entities} lists
 * @param clusterId the story cluster of the article
 * @param versions how many matching articles the story has, this one included
 * @param otherVersions the story's other matching articles, best first, at most {@link #MAX_OTHER_VERSIONS}
 */
public record ArticleHit(String id, String title, String date, String byline, String publication, String snippet,
		List<EntityRef> entities, int moreEntities, String clusterId, long versions,
		List<ArticleSummary> otherVersions) {

	/** The most entities a hit lists. */
	public static final int MAX_ENTITIES = 8;

	/** The most other versions of its story a hit lists. */
	public static final int MAX_OTHER_VERSIONS = 9;

	public ArticleHit {
		entities = List.copyOf(entities);
		otherVersions = List.copyOf(otherVersions);
	}

}
