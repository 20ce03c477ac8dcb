package io.articleflow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a process spent its CPU in a window, from its flight recording ({@code ./pipeline bench --jfr}): the share of
 * the Java execution samples per component, each sample counted for the component of the innermost frame that
 * belongs to one (a JSON parse called from the analyzer counts as JSON), and the JIT compiler's and the collector's
 * time beside them, which the samples do not see.
 */
final class FlightRecordingSummary {

	/** Components by class-name prefix, for the innermost frame outside the JDK; the first that matches names it. */
	private static final List<String[]> COMPONENTS = List.of(
			new String[] { "tools.jackson.", "JSON (Jackson)" },
			new String[] { "org.apache.tika.", "text extraction (Tika)" },
			new String[] { "org.apache.lucene.", "Lucene indexing and search" },
			new String[] { "org.apache.kafka.", "Kafka (client, broker)" },
			new String[] { "kafka.", "Kafka (client, broker)" },
			new String[] { "net.jpountz.lz4.", "lz4 compression" },
			new String[] { "io.articleflow.extract.", "entity extraction (analyzer)" },
			new String[] { "opennlp.", "entity extraction (analyzer)" },
			new String[] { "org.ahocorasick.", "entity extraction (analyzer)" },
			new String[] { "io.articleflow.ingest.", "ingest (files, checksums, ids)" },
			new String[] { "io.articleflow.index.", "index (events to documents)" },
			new String[] { "io.articleflow.", "ArticleFlow common" },
			new String[] { "ch.qos.logback.", "logging" },
			new String[] { "org.slf4j.", "logging" },
			new String[] { "io.micrometer.", "metrics and tracing" },
			new String[] { "io.opentelemetry.", "metrics and tracing" },
			new String[] { "io.prometheus.", "metrics and tracing" },
			new String[] { "org.springframework.", "Spring (messaging, binder, web)" },
			new String[] { "org.apache.catalina.", "web server" },
			new String[] { "org.apache.tomcat.", "web server" },
			new String[] { "org.apache.coyote.", "web server" });

	/** Frames of a merge: the whole merge counts as merging, whatever codec code it runs. */
	private static final List<String> MERGE = List.of("org.apache.lucene.index.IndexWriter.merge",
			"org.apache.lucene.index.ConcurrentMergeScheduler$MergeThread.run");

	private FlightRecordingSummary() {
	}

	/**
	 * The summary of one recording in a window.
	 * @return lines to print, empty when the file is missing
	 */
	static List<String> summarize(Path recording, Instant from, Instant to, int top) throws IOException {
		if (!Files.exists(recording)) {
			return List.of();
		}
		Map<String, Integer> components = new LinkedHashMap<>();
		int samples = 0;
		double compileSeconds = 0;
		double gcPauseSeconds = 0;
		try (RecordingFile file = new RecordingFile(recording)) {
			while (file.hasMoreEvents()) {
				RecordedEvent event = file.readEvent();
				if (event.getStartTime().isBefore(from) || event.getStartTime().isAfter(to)) {
					continue;
				}
				switch (event.getEventType().getName()) {
					case "jdk.ExecutionSample" -> {
						samples++;
						components.merge(component(event.getStackTrace()), 1, Integer::sum);
					}
					case "jdk.Compilation" -> compileSeconds += event.getDuration().toNanos() / 1e9;
					case "jdk.GarbageCollection" -> gcPauseSeconds += event.getDuration("sumOfPauses").toNanos() / 1e9;
					default -> {
					}
				}
			}
		}
		int total = Math.max(1, samples);
		List<String> lines = new java.util.ArrayList<>();
		lines.add(String.format(Locale.ROOT, "%,d Java samples; JIT compiling %.1f s, GC pauses %.1f s", samples,
				compileSeconds, gcPauseSeconds));
		components.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.limit(top)
			.forEach(entry -> lines.add(String.format(Locale.ROOT, "%5.1f %%  %s", 100.0 * entry.getValue() / total,
					entry.getKey())));
		return lines;
	}

	/** The component of the innermost frame outside the JDK; a merge's frames count as merging. */
	static String component(RecordedStackTrace stack) {
		if (stack == null) {
			return "other";
		}
		String found = null;
		for (RecordedFrame frame : stack.getFrames()) {
			String name = frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
			if (MERGE.contains(name)) {
				return "Lucene merges";
			}
			if (found == null && !isJdk(name)) {
				found = COMPONENTS.stream()
					.filter(component -> name.startsWith(component[0]))
					.map(component -> component[1])
					.findFirst()
					.orElse("other libraries");
			}
		}
		return found == null ? "JDK only (threads, I/O)" : found;
	}

	private static boolean isJdk(String name) {
		return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.")
				|| name.startsWith("sun.") || name.startsWith("com.sun.");
	}

}
