package io.articleflow.ingest.intake;

/**
 * What became of one file.
 *
 * @param key the file's key in the bucket
 * @param status whether it was published, failed for good, or stays for another try
 * @param documentId the event's document id when published (or when a publication was deferred), else {@code null}
 * @param reason why it failed or was deferred, otherwise {@code null}
 * @param code the reason's short stable code (e.g. {@code unsupported-type}, {@code broker-unavailable}),
 *     {@code null} when published
 */
public record IngestOutcome(String key, Status status, String documentId, String reason, String code) {

	/** Deferred: the broker did not acknowledge the event. */
	public static final String BROKER_UNAVAILABLE = "broker-unavailable";

	/** Deferred: the file could not be read from the bucket, or moved out of it. */
	public static final String BUCKET_ERROR = "bucket-error";

	/** A published file. */
	public static IngestOutcome published(String key, String documentId) {
		return new IngestOutcome(key, Status.PUBLISHED, documentId, null, null);
	}

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
