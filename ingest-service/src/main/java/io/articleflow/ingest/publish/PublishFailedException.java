package io.articleflow.ingest.publish;

/** The broker did not acknowledge an event: the file stays in the bucket and is tried again. */
public class PublishFailedException extends RuntimeException {

	public PublishFailedException(String message, Throwable cause) {
		super(message, cause);
	}

}
