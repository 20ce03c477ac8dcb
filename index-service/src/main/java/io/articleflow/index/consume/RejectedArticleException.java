package io.articleflow.index.consume;

import io.articleflow.common.messaging.InvalidEventException;

/**
 * The index refused an article for its content: an {@link InvalidEventException}, so the shared policy sends it to
 * the dead-letter topic without retrying, with the index's own error as the cause (and so as the failure reason).
 */
class RejectedArticleException extends InvalidEventException {

	RejectedArticleException(String message, Throwable cause) {
		super(message);
		initCause(cause);
	}

}
