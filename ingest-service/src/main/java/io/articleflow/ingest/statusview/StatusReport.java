package io.articleflow.ingest.statusview;

import java.util.List;
import java.util.Map;

import io.articleflow.common.event.ArticleStatus;

/** The plain-text answers of {@code ./pipeline status FILE|ID} and {@code ./pipeline failures}. */
final class StatusReport {

	private StatusReport() {
	}

	/** Each status with the files it was read from, one block per document. */
	static String of(String query, List<ArticleStatus> statuses, StatusView view) {
		StringBuilder text = new StringBuilder();
		for (ArticleStatus status : statuses) {
			if (!text.isEmpty()) {
				text.append('\n');
			}
			text.append(status.documentId() != null ? "Document " + status.documentId() : "File " + status.fileName())
				.append('\n');
			line(text, "files", String.join(", ", view.files(status.key())));
			String state = status.state() + " (" + status.stage() + ", " + status.at() + ")";
			line(text, "state", state);
			if (status.state() == ArticleStatus.State.FAILED) {
				line(text, "reason", (status.code() != null ? status.code() + ": " : "") + status.reason());
			}
			line(text, "ingested", status.ingestedAt());
			line(text, "extracted", status.extractedAt());
			line(text, "extractor", status.extractorVersion());
			line(text, "indexed", status.indexedAt());
		}
		return text.toString();
	}

	/** What the view knows when it has nothing for the query. */
	static String unknown(String query, StatusView view, boolean caughtUp) {
		return "No document or file \"" + query + "\" has a status (the view holds " + view.size() + " of at most "
				+ view.capacity() + " documents" + (caughtUp ? "" : "; still reading the status topic") + ")\n";
	}

	/** The failures by stage and reason, with counts. */
	static String failures(List<StatusView.FailureGroup> groups, Map<ArticleStatus.State, Long> counts) {
		StringBuilder text = new StringBuilder("Documents by state:");
		counts.forEach((state, count) -> text.append(' ').append(state).append(' ').append(count).append(','));
		text.setLength(text.length() - 1);
		text.append('\n');
		if (groups.isEmpty()) {
			return text.append("No failures.\n").toString();
		}
		text.append(String.format("Failures (latest status of each document):%n  %-16s %-28s %6s  %s%n", "STAGE",
				"CODE", "COUNT", "LATEST REASON"));
		for (StatusView.FailureGroup group : groups) {
			text.append(String.format("  %-16s %-28s %6d  %s%n", group.stage(), group.code(), group.count(),
					abbreviate(group.latestReason() == null ? null : group.latestReason().replaceAll("\\s*\\R\\s*", " "),
							100)));
		}
		return text.toString();
	}

	private static void line(StringBuilder text, String name, Object value) {
		if (value != null && !value.toString().isEmpty()) {
			// one line per field: an exception message's own line breaks are folded
			text.append(String.format("  %-10s %s%n", name + ":", value.toString().replaceAll("\\s*\\R\\s*", " ")));
		}
	}

	private static String abbreviate(String text, int max) {
		if (text == null) {
			return "";
		}
		return text.length() <= max ? text : text.substring(0, max - 3) + "...";
	}

}
