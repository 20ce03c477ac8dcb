package io.articleflow.index.store;

/** The user's query text cannot be run: a syntax error, or a pattern that expands to too many terms. */
public class InvalidQueryException extends RuntimeException {

	public InvalidQueryException(String message, Throwable cause) {
		super(message, cause);
	}

}
