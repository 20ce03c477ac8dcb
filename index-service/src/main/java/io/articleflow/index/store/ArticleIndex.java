package io.articleflow.index.store;

import java.util.List;
import java.util.Optional;

/**
 * The searchable store of enriched articles, kept small so that another engine (e.g. OpenSearch) can replace the
 * embedded Lucene one. Writes are idempotent per document id and become durable and searchable on
 * {@link #commit()}.
 */
public interface ArticleIndex {

	/**
	 * Inserts or replaces each article, keyed by its document id, in list order; not durable before
	 * {@link #commit()}. An article whose event is older ({@link ArticleFacts#version}) than the one indexed under its
	 * id is skipped: a late, out-of-order event never overwrites a newer one; the same version again replaces it.
	 * @throws ArticleIndexingException naming the position of the first article that could not be written; every
	 *     article before it was written
	 */
	void upsertAll(List<IndexableArticle> articles);

	/**
	 * Removes an article; durable and visible on {@link #commit()}.
	 * @return whether an article had that id
	 */
	boolean delete(String documentId);

	/**
	 * Rebuilds every article from the event it stores (after a change of the document schema or the analysis),
	 * without a replay of the topic; searches keep answering from the old documents until it is done.
	 * @return how many articles were rebuilt
	 */
	int reindex();

	/** Makes every write so far durable (survives a restart) and visible to searches. */
	void commit();

	/**
	 * Makes every write so far visible to searches without making it durable, where the backend can tell the two
	 * apart: a write a crash then loses is consumed again, as its offset is committed only after {@link #commit()}.
	 * @return whether the writes are visible now; {@code false} when only {@link #commit()} makes them so
	 */
	default boolean refresh() {
		return false;
	}

	/**
	 * Runs a search.
	 * @throws InvalidQueryException when the query text cannot be parsed or expands too far
	 */
	SearchResults search(ArticleQuery query);

	/** The event JSON of an article exactly as it was indexed, or empty when no article has that id. */
	Optional<String> findJson(String documentId);

	/** What the index knows of an entity (by id), or empty when no article mentions it. */
	Optional<EntityProfile> entity(String entityId, int facetSize);

	/**
	 * The articles most like one (sharing its most salient entities), best first, without the article itself and
	 * its story's other versions; empty when no article has that id.
	 * @param limit the most articles to return
	 */
	List<ArticleSummary> similar(String documentId, int limit);

	/** How many articles are searchable. */
	long count();

	/** How many articles and distinct entities per type are searchable. */
	IndexStats stats();

}
