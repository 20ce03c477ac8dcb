package io.articleflow.index.api;

/** No indexed article has the requested id: 404 with an {@link ApiError}. */
public class ArticleNotFoundException extends RuntimeException {

	public ArticleNotFoundException(String id) {
		super("no article with id '" + id + "' is indexed");
	}

}
