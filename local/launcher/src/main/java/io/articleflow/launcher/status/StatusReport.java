package io.articleflow.launcher.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.LongPredicate;

import io.articleflow.launcher.supervise.ProcessTable;

/**
 * The text of {@code ./pipeline status}: the processes of the run, consumer lag per group, dead letters and the
 * documents indexed. Each part says plainly when it could not be read, and why.
 */
public final class StatusReport {

	private StatusReport() {
	}

	/**
	 * @param supervisorPid the supervisor's pid, or -1 when none is running
	 * @param rows the process table
	 * @param alive whether a pid is a live process
	 * @param kafka the broker's figures, or {@code null} when it could not be asked
	 * @param kafkaProblem why the broker could not be asked
	 * @param documents the documents in the index, or -1
	 * @param documentsProblem why they could not be counted
	 */
	public static String render(long supervisorPid, List<ProcessTable.Row> rows, LongPredicate alive,
			KafkaFigures kafka, String kafkaProblem, long documents, String documentsProblem, Instant now) {
		StringBuilder out = new StringBuilder();
		out.append(supervisorPid > 0 ? "Processes (supervisor pid %d):%n".formatted(supervisorPid)
				: "Processes (no run is going; the last one left this table):%n".formatted());
		out.append("  %-20s %-8s %-6s %-9s %-9s %s%n".formatted("PROCESS", "PID", "PORT", "STATE", "RESTARTS",
				"UP FOR"));
		for (ProcessTable.Row row : rows) {
			boolean running = row.pid() > 0 && alive.test(row.pid());
			String state = running ? row.state()
					: supervisorPid <= 0 ? "stopped"
							: row.state().equals("up") || row.state().equals("starting") ? "dead" : row.state();
			String upFor = running && row.startedAt() != null ? age(Duration.between(row.startedAt(), now)) : "-";
			out.append("  %-20s %-8s %-6d %-9s %-9d %s%n".formatted(row.name(), running ? row.pid() : "-", row.port(),
					state, row.restarts(), upFor));
		}
		out.append("Consumer groups (lag: records not processed yet):%n".formatted());
		if (kafka == null) {
			out.append("  unknown: %s%n".formatted(kafkaProblem));
		}
		else if (kafka.lags().isEmpty()) {
			out.append("  none yet%n".formatted());
		}
		else {
			out.append("  %-20s %-20s %-8s %s%n".formatted("GROUP", "TOPIC", "MEMBERS", "LAG"));
			kafka.lags()
				.forEach(lag -> out.append("  %-20s %-20s %-8d %d%n".formatted(lag.group(), lag.topic(), lag.members(),
						lag.lag())));
		}
		out.append("Dead-letter topics (records):%n".formatted());
		if (kafka == null) {
			out.append("  unknown: %s%n".formatted(kafkaProblem));
		}
		else if (kafka.deadLetters().isEmpty()) {
			out.append("  none yet (a stage creates its topic with its first dead letter)%n".formatted());
		}
		else {
			kafka.deadLetters()
				.forEach(dlq -> out.append("  %-42s %d%n".formatted(dlq.topic(), dlq.records())));
		}
		out.append(documents >= 0 ? "Documents indexed: %d%n".formatted(documents)
				: "Documents indexed: unknown (%s)%n".formatted(documentsProblem));
		return out.toString();
	}

	static String age(Duration duration) {
		long seconds = Math.max(0, duration.toSeconds());
		if (seconds < 60) {
			return seconds + "s";
		}
		if (seconds < 3600) {
			return "%dm%02ds".formatted(seconds / 60, seconds % 60);
		}
		return "%dh%02dm".formatted(seconds / 3600, seconds % 3600 / 60);
	}

}
