package io.articleflow.extract.throughput;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import io.articleflow.extract.analysis.ArticleAnalyzer;

/**
 * Analyses a list of article files with a number of threads, each taking the next file, reading it and analysing its
 * text as extract-service does (the file name stands for the document id). Reading the files is part of the measured
 * time; from the page cache it is a small fraction of it.
 */
public final class AnalyzerThroughput {

	private AnalyzerThroughput() {
	}

	/** The {@code .txt} files of a folder, in name order. */
	public static List<Path> articles(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p))
				.sorted()
				.toList();
		}
	}

	/**
	 * Analyses every file once.
	 * @param threads how many files are analysed at the same time
	 * @return what was analysed, how long it took and the process CPU time it used
	 */
	public static Result measure(ArticleAnalyzer analyzer, List<Path> files, int threads) {
		AtomicInteger next = new AtomicInteger();
		AtomicLong bytes = new AtomicLong();
		AtomicLong entities = new AtomicLong();
		long cpuBefore = processCpuNanos();
		long start = System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> workers = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				workers.add(pool.submit(() -> {
					for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
						byte[] content = read(files.get(i));
						bytes.addAndGet(content.length);
						String name = files.get(i).getFileName().toString();
						entities.addAndGet(analyzer.analyze(name, new String(content, StandardCharsets.UTF_8), Map.of())
							.entities()
							.size());
					}
				}));
			}
			for (Future<?> worker : workers) {
				worker.get();
			}
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("analysing failed", ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
		finally {
			pool.shutdownNow();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		return new Result(files.size(), bytes.get(), entities.get(), threads, seconds,
				(processCpuNanos() - cpuBefore) / 1e9);
	}

	private static byte[] read(Path file) {
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	/**
	 * One measurement.
	 *
	 * @param documents how many articles were analysed
	 * @param bytes their size in bytes (UTF-8)
	 * @param entities how many entities were found in all
	 * @param threads how many threads analysed them
	 * @param seconds wall-clock time
	 * @param cpuSeconds CPU time of the whole process meanwhile (JIT and GC included)
	 */
	public record Result(int documents, long bytes, long entities, int threads, double seconds, double cpuSeconds) {

		/** Articles per second of wall-clock time. */
		public double documentsPerSecond() {
			return this.documents / this.seconds;
		}

	}

}
