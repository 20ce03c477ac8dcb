package io.articleflow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * What a process of the run used: CPU time from {@code /proc/<pid>/stat} (user + system), and heap from its GC log
 * ({@code -Xlog:gc:file=...:utctime}): the peak is the heap in use just before a collection (its local maximum),
 * the live figure what was left after it.
 *
 * @param name the process
 * @param cpuSeconds CPU time used in the window
 * @param jitSeconds of that, the JIT compiler threads' ({@link ThreadTicks}): well above a few percent, the run
 *     measured a service still compiling its code, not its steady state
 * @param gcSeconds of that, the collector threads' and the VM thread's
 * @param peakHeapBytes the most heap in use in the window (before a collection), 0 when no collection happened
 * @param maxAfterGcBytes the most heap left in use after a collection in the window (a young collection leaves the
 *     old generation's garbage in place, so this is above what the process holds)
 * @param heapLimit the {@code -Xmx} it ran with
 * @param liveHeapBytes what the process holds at the end of the run: the heap in use after a full collection the
 *     bench asks for once the run's last article is searchable ({@code jcmd <pid> GC.run}), 0 when unknown
 */
record ProcessUsage(String name, double cpuSeconds, double jitSeconds, double gcSeconds, long peakHeapBytes,
		long maxAfterGcBytes, String heapLimit, long liveHeapBytes) {

	private static final Pattern GC_LINE = Pattern
		.compile("^\\[([^\\]]+)\\].*?GC\\(\\d+\\) Pause.*? (\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

	private static final Pattern FULL_GC = Pattern
		.compile("GC\\((\\d+)\\) Pause Full \\((?:Diagnostic Command|System\\.gc\\(\\))\\) (\\d+)([KMG])->(\\d+)([KMG])\\(");

	private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

	/** The CPU time (user + system) a process has used so far, in clock ticks; -1 when it is gone. */
	static long cpuTicks(long pid) {
		try {
			return ticks(Files.readString(Path.of("/proc", Long.toString(pid), "stat")));
		}
		catch (IOException | RuntimeException ex) {
			return -1;
		}
	}

	/** The CPU ticks (user + system) of a process's or a thread's {@code stat} line. */
	static long ticks(String stat) {
		// the command name (field 2) may hold spaces: count the fields after its closing parenthesis
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
	}

	/**
	 * The heap figures of the GC log lines in the window.
	 * @return {@code [peak before a collection, most after one]} in bytes
	 */
	static long[] heap(Path gcLog, Instant from, Instant to) {
		long[] heap = new long[2];
		List<String> lines;
		try {
			lines = Files.readAllLines(gcLog);
		}
		catch (IOException ex) {
			return heap;
		}
		for (String line : lines) {
			Matcher gc = GC_LINE.matcher(line);
			if (!gc.find()) {
				continue;
			}
			Instant at;
			try {
				at = OffsetDateTime.parse(gc.group(1), UTC_TIME).toInstant();
			}
			catch (DateTimeParseException ex) {
				continue;
			}
			if (at.isBefore(from) || at.isAfter(to)) {
				continue;
			}
			heap[0] = Math.max(heap[0], bytes(gc.group(2), gc.group(3)));
			heap[1] = Math.max(heap[1], bytes(gc.group(4), gc.group(5)));
		}
		return heap;
	}

	/**
	 * The heap a process holds: asks it for a full collection ({@code jcmd <pid> GC.run}, which returns when the
	 * collection is done) and reads the heap left after it from its GC log.
	 * @return bytes in use after the collection, 0 when the process or its log did not tell
	 */
	static long live(Path jcmd, long pid, Path gcLog) throws IOException, InterruptedException {
		int before = fullCollections(gcLog);
		Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.run").redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		if (!process.waitFor(120, java.util.concurrent.TimeUnit.SECONDS) || process.exitValue() != 0) {
			process.destroy();
			return 0;
		}
		try {
			Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> fullCollections(gcLog) > before);
		}
		catch (ConditionTimeoutException ex) {
			return 0;
		}
		return lastFullCollection(gcLog);
	}

	private static int fullCollections(Path gcLog) throws IOException {
		return (int) lines(gcLog).stream().filter(line -> FULL_GC.matcher(line).find()).count();
	}

	/** The heap left after the last full collection the log shows that {@code jcmd} or {@code System.gc()} asked for. */
	static long lastFullCollection(Path gcLog) throws IOException {
		long live = 0;
		for (String line : lines(gcLog)) {
			Matcher gc = FULL_GC.matcher(line);
			if (gc.find()) {
				live = bytes(gc.group(4), gc.group(5));
			}
		}
		return live;
	}

	private static List<String> lines(Path gcLog) throws IOException {
		return Files.exists(gcLog) ? Files.readAllLines(gcLog) : List.of();
	}

	private static long bytes(String amount, String unit) {
		long value = Long.parseLong(amount);
		return switch (unit) {
			case "K" -> value << 10;
			case "M" -> value << 20;
			default -> value << 30;
		};
	}

}
