package io.articleflow.bench;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongFunction;

import io.articleflow.bench.BenchCorpus.CorpusFile;

/**
 * Drops articles into the running pipeline's bucket, all at once or at a fixed arrival rate, and waits until
 * index-service has logged them all searchable ({@link IndexedLog}), noting each process's CPU time over the run. A file is dropped as a hard
 * link to the generated one: it appears complete in one step, with the modification time of its writing, so
 * ingest takes it at its next scan without waiting for it to settle.
 */
final class PipelineRuns {

	/** How long the index count may stand still before the run is declared stuck. */
	private static final Duration STALL = Duration.ofSeconds(120);

	/** JIT clock ticks a second below which a process's compilers count as idle: 2 % of a core at 100 Hz. */
	private static final int QUIET_TICKS = 2;

	private final BenchSettings settings;

	private final IndexedLog log;

	PipelineRuns(BenchSettings settings) {
		this.settings = settings;
		this.log = new IndexedLog(settings.logs().resolve("index-service.log"));
	}

	/**
	 * Runs the files through the pipeline.
	 * @param rate articles per second, or 0 to drop them all at once
	 */
	Run run(String name, List<CorpusFile> files, double rate) throws IOException, InterruptedException {
		List<String> ids = files.stream().map(CorpusFile::documentId).toList();
		Map<String, Long> cpuBefore = perProcess(ProcessUsage::cpuTicks);
		Map<String, Map<Long, ThreadTicks.Reading>> threadsBefore = perProcess(ThreadTicks::read);
		Instant start = Instant.now();
		long t0 = System.nanoTime();
		for (int i = 0; i < files.size(); i++) {
			if (rate > 0) {
				long due = t0 + (long) (i * 1e9 / rate);
				for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
					LockSupport.parkNanos(wait);
				}
			}
			drop(files.get(i));
		}
		double dropSeconds = (System.nanoTime() - t0) / 1e9;
		long lastProgress = System.nanoTime();
		while (!this.log.containsAll(ids)) {
			Thread.sleep(50);
			if (this.log.refresh() > 0) {
				lastProgress = System.nanoTime();
			}
			else if (System.nanoTime() - lastProgress > STALL.toNanos()) {
				throw new IllegalStateException(String.format(Locale.ROOT, "%s run stuck: %d of %d articles searchable "
						+ "and no progress for %d s; see the logs in %s", name, this.log.count(ids), files.size(),
						STALL.toSeconds(), this.settings.logs()));
			}
		}
		Instant end = Instant.now();
		Map<String, Long> cpuAfter = perProcess(ProcessUsage::cpuTicks);
		Map<String, Map<Long, ThreadTicks.Reading>> threadsAfter = perProcess(ThreadTicks::read);
		Map<String, Double> cpuSeconds = new LinkedHashMap<>();
		Map<String, Map<ThreadTicks.Kind, Double>> jvmSeconds = new LinkedHashMap<>();
		double tick = 1.0 / this.settings.integer("clk.tck");
		cpuBefore.forEach((process, before) -> {
			cpuSeconds.put(process, (cpuAfter.get(process) - before) * tick);
			Map<ThreadTicks.Kind, Double> kinds = new EnumMap<>(ThreadTicks.Kind.class);
			ThreadTicks.between(threadsBefore.get(process), threadsAfter.get(process))
				.forEach((kind, ticks) -> kinds.put(kind, ticks * tick));
			jvmSeconds.put(process, kinds);
		});
		return new Run(name, files, rate, files.size() / Math.max(dropSeconds, 1e-3), start, end, cpuSeconds,
				jvmSeconds);
	}

	/**
	 * Waits until no process's JIT compiler threads used more than {@value #QUIET_TICKS} clock ticks in a second,
	 * or for at most {@code max}. On two cores the compilers fall behind while the pipeline is busy: the compile
	 * queues are long, and the JVM raises the call counts it compiles at with their length, so a service's hot code
	 * may still run in the profiling tier at the end of a long warm-up and only reach the optimizing compiler once
	 * the queues have drained.
	 * @return how long it waited
	 */
	Duration awaitCompilersIdle(Duration max) throws InterruptedException {
		long start = System.nanoTime();
		Map<String, Map<Long, ThreadTicks.Reading>> before = perProcess(ThreadTicks::read);
		while (System.nanoTime() - start < max.toNanos()) {
			Thread.sleep(1000);
			Map<String, Map<Long, ThreadTicks.Reading>> after = perProcess(ThreadTicks::read);
			boolean quiet = true;
			for (Map.Entry<String, Map<Long, ThreadTicks.Reading>> process : after.entrySet()) {
				long jit = ThreadTicks.between(before.get(process.getKey()), process.getValue())
					.getOrDefault(ThreadTicks.Kind.JIT, 0L);
				quiet &= jit <= QUIET_TICKS;
			}
			if (quiet) {
				break;
			}
			before = after;
		}
		return Duration.ofNanos(System.nanoTime() - start);
	}

	/** The articles index-service logged as searchable so far. */
	IndexedLog log() {
		return this.log;
	}

	private void drop(CorpusFile file) throws IOException {
		Path target = this.settings.bucket().resolve(file.name());
		try {
			Files.createLink(target, file.file());
		}
		catch (FileAlreadyExistsException ex) {
			// left over from an interrupted run of the same state folder: ingest takes it anyway
		}
	}

	/** A reading of each process, by name, in the settings' order. */
	private <T> Map<String, T> perProcess(LongFunction<T> reading) {
		Map<String, T> readings = new LinkedHashMap<>();
		for (String process : this.settings.processes()) {
			readings.put(process, reading.apply(this.settings.pid(process)));
		}
		return readings;
	}

	/**
	 * What a run did; latencies come later, from index-service's log.
	 *
	 * @param name the run's name
	 * @param files the articles dropped
	 * @param offeredRate the fixed arrival rate, or 0
	 * @param arrivalRate the rate they were dropped at in fact
	 * @param start just before the first drop
	 * @param end when the last article was seen searchable
	 * @param cpuSeconds CPU time of each process between the two
	 * @param jvmSeconds of that, what each process's JIT compiler and collector threads used
	 */
	record Run(String name, List<CorpusFile> files, double offeredRate, double arrivalRate, Instant start,
			Instant end, Map<String, Double> cpuSeconds, Map<String, Map<ThreadTicks.Kind, Double>> jvmSeconds) {

		List<String> documentIds() {
			List<String> ids = new ArrayList<>(this.files.size());
			this.files.forEach(file -> ids.add(file.documentId()));
			return ids;
		}

		long bytes() {
			return this.files.stream().mapToLong(CorpusFile::bytes).sum();
		}

	}

}
