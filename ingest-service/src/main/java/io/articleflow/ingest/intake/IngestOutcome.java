package io.articleflow.ingest.intake;

/**
 * What became of one file.
 *
 * @param key the file's key in the bucket
 * @param status whether it was published, failed for good, or stays for another try
 * @param documentId the event's document id when published, otherwise {@code null}
 * @param reason why it failed or was deferred, otherwise {@code null}
 */
public record IngestOutcome(String key, Status status, String documentId, String reason) {

	/** The three ends of an attempt. */
	public enum Status {

		/** The event was acknowledged and the file moved to processed/. */
		PUBLISHED,
		/** The file cannot be ingested; it is in failed/ with the reason. */
		FAILED,
		/** Publishing failed for a passing reason (broker down); the file stays and is tried again. */
		DEFERRED

	}

}
