package io.articleflow.ingest.publish;

/**
 * An event larger than a Kafka record may be: retrying cannot help, so the file goes to {@code failed/} with this
 * message as the reason.
 */
public class EventTooLargeException extends RuntimeException {

	public EventTooLargeException(String message, Throwable cause) {
		super(message, cause);
	}

}
