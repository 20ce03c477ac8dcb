package io.articleflow.ingest.text;

/**
 * A file whose content cannot give article text (binary, wrong encoding, empty, too large): retrying cannot help,
 * so the file goes to {@code failed/} with this message as the reason.
 */
public class UnreadableContentException extends Exception {

	public UnreadableContentException(String message) {
		super(message);
	}

	public UnreadableContentException(String message, Throwable cause) {
		super(message, cause);
	}

}
