package io.articleflow.index.store;

/** The order of a result list. */
public enum ArticleSort {

	/** Best match first (BM25); without query text, newest first. */
	RELEVANCE,

	/** Newest publication date first; undated articles last. */
	DATE

}
