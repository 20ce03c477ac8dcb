package io.articleflow.common.messaging;

/**
 * An event that can never be processed, however often it is retried (a required field is missing, the text is
 * empty): it goes straight to the stage's dead-letter topic with this message as the reason.
 */
public class InvalidEventException extends RuntimeException {

	public InvalidEventException(String message) {
		super(message);
	}

	public InvalidEventException(String message, Throwable cause) {
		super(message, cause);
	}

}
