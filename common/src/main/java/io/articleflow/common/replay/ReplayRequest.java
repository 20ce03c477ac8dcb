package io.articleflow.common.replay;

import java.time.Instant;

/**
 * Which dead letters to replay.
 *
 * @param deadLetterTopic the dead-letter topic, e.g. {@code article-enriched.index-service.dlq}
 * @param reason only dead letters whose {@code x-failure-reason} contains this text (ignoring case); {@code null}
 *     for all
 * @param since only dead letters written at or after this time; {@code null} for all
 * @param dryRun count what would be replayed, send nothing and record nothing
 */
public record ReplayRequest(String deadLetterTopic, String reason, Instant since, boolean dryRun) {

	public ReplayRequest {
		if (deadLetterTopic == null || !deadLetterTopic.endsWith(".dlq")) {
			throw new IllegalArgumentException("not a dead-letter topic (<topic>.<group>.dlq): " + deadLetterTopic);
		}
		reason = reason == null || reason.isBlank() ? null : reason;
	}

}
