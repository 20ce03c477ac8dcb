package io.articleflow.index.store.opensearch;

/** The cluster refused or failed a request that is not about one article (template, alias, refresh, search). */
public class OpenSearchIndexException extends RuntimeException {

	public OpenSearchIndexException(String message) {
		super(message);
	}

}
