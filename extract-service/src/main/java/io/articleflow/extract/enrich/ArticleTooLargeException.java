package io.articleflow.extract.enrich;

import io.articleflow.common.messaging.InvalidEventException;

/**
 * An article over the pipeline's limits ({@code articleflow.limits.*}): an event larger or with more text than a stage
 * takes, or an enriched event larger than a record may be. It is never analysed or retried: it goes to the
 * dead-letter topic at once with this message as {@code x-failure-reason}, and the stage moves on.
 */
public class ArticleTooLargeException extends InvalidEventException {

	public ArticleTooLargeException(String message) {
		super(message);
	}

}
