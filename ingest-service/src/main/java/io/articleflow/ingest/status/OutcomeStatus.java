package io.articleflow.ingest.status;

import java.time.Instant;

import io.articleflow.common.event.ArticleStatus;
import io.articleflow.ingest.intake.IngestOutcome;

/** The {@link ArticleStatus} of an ingest outcome: a published file is ingested, a refused one failed. */
public final class OutcomeStatus {

	/** The stage ingest reports as. */
	public static final String STAGE = "ingest-service";

	private OutcomeStatus() {
	}

	/** The status of a published or failed outcome; {@code null} for a deferred one, which is no outcome yet. */
	public static ArticleStatus of(IngestOutcome outcome, Instant at) {
		return switch (outcome.status()) {
			case PUBLISHED -> new ArticleStatus(outcome.documentId(), outcome.key(), ArticleStatus.State.INGESTED,
					STAGE, null, null, null, at, null, null, at);
			case FAILED -> new ArticleStatus(outcome.documentId(), outcome.key(), ArticleStatus.State.FAILED, STAGE,
					outcome.code(), outcome.reason(), null, null, null, null, at);
			case DEFERRED -> null;
		};
	}

}
