package io.articleflow.index.api;

/** A request the API refuses with 400 and an {@link ApiError}. */
public class BadRequestException extends RuntimeException {

	private final String error;

	public BadRequestException(String error, String detail) {
		super(detail);
		this.error = error;
	}

	/** The short error of the response; the message is its detail. */
	public String error() {
		return this.error;
	}

}
