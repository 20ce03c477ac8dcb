package io.articleflow.index.store;

import java.time.LocalDate;
import java.util.List;

import io.articleflow.common.event.EntityType;

/**
 * What a search asks for. Every criterion is optional; together they narrow the result (AND).
 *
 * @param text full-text query in the query-parser syntax over title, text and entity names; {@code null} matches
 *     every article
 * @param entities entity ids or canonical names (case-insensitive) the article must all contain
 * @param type restricts {@code entities} to entities of this type; alone, matches articles with any entity of it
 * @param from first publication date included, or {@code null}
 * @param to last publication date included, or {@code null}
 * @param page zero-based page number
 * @param size hits per page
 * @param facetSize how many values to count per entity type
 * @param sort the order of the hits; {@code null} is {@link ArticleSort#RELEVANCE}
 * @param collapse whether the articles of one story cluster collapse into one hit (pages and totals then count
 *     stories), or each article is a hit of its own
 */
public record ArticleQuery(String text, List<String> entities, EntityType type, LocalDate from, LocalDate to,
		int page, int size, int facetSize, ArticleSort sort, boolean collapse) {

	public ArticleQuery {
		text = text == null || text.isBlank() ? null : text.strip();
		entities = entities == null ? List.of()
				: entities.stream().filter(entity -> entity != null && !entity.isBlank()).map(String::strip).toList();
		sort = (sort == null) ? ArticleSort.RELEVANCE : sort;
		if (page < 0 || size < 1 || facetSize < 0) {
			throw new IllegalArgumentException(
					"page must be >= 0, size >= 1 and facetSize >= 0: " + page + ", " + size + ", " + facetSize);
		}
	}

	/** A query in the default order, one hit per story: relevance, or newest first without text. */
	public ArticleQuery(String text, List<String> entities, EntityType type, LocalDate from, LocalDate to, int page,
			int size, int facetSize) {
		this(text, entities, type, from, to, page, size, facetSize, ArticleSort.RELEVANCE, true);
	}

	/** A query in the given order, one hit per story. */
	public ArticleQuery(String text, List<String> entities, EntityType type, LocalDate from, LocalDate to, int page,
			int size, int facetSize, ArticleSort sort) {
		this(text, entities, type, from, to, page, size, facetSize, sort, true);
	}

	/** Whether the hits come newest first: asked for, or without text to rank by. */
	public boolean newestFirst() {
		return this.sort == ArticleSort.DATE || this.text == null;
	}

	/** Every article, newest first. */
	public static ArticleQuery all(int size) {
		return new ArticleQuery(null, List.of(), null, null, null, 0, size, 10);
	}

	/** Index of the first hit of the page in the whole result. */
	public int offset() {
		return this.page * this.size;
	}

}
