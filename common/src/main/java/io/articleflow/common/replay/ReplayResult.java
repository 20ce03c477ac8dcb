package io.articleflow.common.replay;

import java.util.Map;

/**
 * What a replay did (or, in a dry run, would do).
 *
 * @param deadLetterTopic the dead-letter topic read
 * @param dryRun whether nothing was sent
 * @param scanned dead letters read, up to the end the topic had when the replay started
 * @param replayed dead letters re-published (in a dry run: that would be)
 * @param alreadyReplayed dead letters matching the filter that were skipped because an earlier replay sent them
 * @param filteredOut dead letters that did not match the reason or time
 * @param unreplayable dead letters without an original topic or without their value (too large to carry)
 * @param byTopic replayed dead letters per topic they were sent back to
 */
public record ReplayResult(String deadLetterTopic, boolean dryRun, long scanned, long replayed, long alreadyReplayed,
		long filteredOut, long unreplayable, Map<String, Long> byTopic) {

	/** One line per count, for people. */
	public String describe() {
		StringBuilder text = new StringBuilder();
		text.append(this.dryRun ? "Dry run (nothing sent) of " : "Replayed ").append(this.deadLetterTopic).append('\n');
		text.append(String.format("  dead letters read:         %d%n", this.scanned));
		text.append(String.format("  %-26s %d%n", this.dryRun ? "would be replayed:" : "replayed:", this.replayed));
		this.byTopic.forEach((topic, count) -> text.append(String.format("    to %-23s %d%n", topic, count)));
		text.append(String.format("  already replayed before:   %d%n", this.alreadyReplayed));
		text.append(String.format("  not matching the filter:   %d%n", this.filteredOut));
		text.append(String.format("  not replayable:            %d%n", this.unreplayable));
		return text.toString();
	}

}
