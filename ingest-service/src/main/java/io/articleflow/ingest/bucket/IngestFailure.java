package io.articleflow.ingest.bucket;

import java.time.Instant;

/**
 * Why a file could not be ingested: written as a JSON sidecar next to the file in {@code failed/}.
 *
 * @param file the file's key in the bucket
 * @param reason what is wrong with it, in words an operator can act on
 * @param code the short stable code of the reason, e.g. {@code unsupported-type} (the {@code reason} tag of the
 *     {@code articleflow.ingest.files} metric)
 * @param stage the step that failed: {@code read}, {@code extract-text} or {@code publish}
 * @param exceptionType the class of the exception behind the reason
 * @param time when ingest gave up on the file
 */
public record IngestFailure(String file, String reason, String code, String stage, String exceptionType,
		Instant time) {
}
