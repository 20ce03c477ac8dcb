package io.articleflow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The CPU time of a JVM's own threads, by kind, from {@code /proc/<pid>/task/<tid>/stat}: the JIT compiler threads
 * and the collector's (with the VM thread, which runs the serial collector and other safepoint work). Their share
 * of a run says whether it measured the steady state: compilation still running means the warm-up was too short,
 * and a service runs for days once its code is compiled.
 * <p>
 * Only the threads alive at each reading count: the JVM stops idle compiler threads, so the figure may be low.
 */
final class ThreadTicks {

	/** The kinds of JVM thread counted, by the thread's name (as the kernel has it: 15 characters at most). */
	enum Kind {

		JIT, GC;

		static Kind of(String threadName) {
			if (threadName.contains("CompilerThre")) {
				return JIT;
			}
			if (threadName.startsWith("GC ") || threadName.startsWith("G1 ") || threadName.equals("VM Thread")) {
				return GC;
			}
			return null;
		}

	}

	private ThreadTicks() {
	}

	/** The clock ticks used so far by each JIT and GC thread of the process, by thread id; empty when it is gone. */
	static Map<Long, Reading> read(long pid) {
		Map<Long, Reading> threads = new HashMap<>();
		try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
			tasks.forEach(task -> {
				try {
					String stat = Files.readString(task.resolve("stat"));
					Kind kind = Kind.of(stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')));
					if (kind != null) {
						threads.put(Long.parseLong(task.getFileName().toString()),
								new Reading(kind, ProcessUsage.ticks(stat)));
					}
				}
				catch (IOException | RuntimeException ex) {
					// the thread ended meanwhile
				}
			});
		}
		catch (IOException | RuntimeException ex) {
			return Map.of();
		}
		return threads;
	}

	/** The ticks each kind used between two readings of the same process (threads started since count whole). */
	static Map<Kind, Long> between(Map<Long, Reading> before, Map<Long, Reading> after) {
		Map<Kind, Long> used = new HashMap<>();
		after.forEach((thread, reading) -> {
			Reading earlier = before.get(thread);
			long base = (earlier != null && earlier.kind() == reading.kind()) ? earlier.ticks() : 0;
			used.merge(reading.kind(), Math.max(0, reading.ticks() - base), Long::sum);
		});
		return used;
	}

	/** One thread's kind and CPU ticks so far. */
	record Reading(Kind kind, long ticks) {
	}

}
