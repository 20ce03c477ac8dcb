package io.articleflow.index.status;

/** ingest-service's status view did not give an answer that can be passed on: down, too slow, or failing. */
public class StatusUnavailableException extends RuntimeException {

	public StatusUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
