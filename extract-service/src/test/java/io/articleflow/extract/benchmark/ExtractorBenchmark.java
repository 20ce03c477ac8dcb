package io.articleflow.extract.benchmark;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.articleflow.extract.analysis.AnalysisProperties;
import io.articleflow.extract.analysis.ArticleAnalyzer;
import io.articleflow.extract.analysis.DefaultArticleAnalyzer;
import io.articleflow.extract.eval.SeedCorpus;

/**
 * Throughput of the analyzer alone, on one thread: the seed articles analysed over and over, after a warm-up long
 * enough for the JIT. Prints characters and megabytes (UTF-8) of text per second, documents per second and bytes
 * allocated per document. Run it with {@code mvn -pl extract-service -Pbenchmark verify}; it is a measurement, not a
 * test, and asserts nothing.
 *
 * <p>
 * Arguments (optional): warm-up seconds (default 15), measured seconds (default 20).
 */
public final class ExtractorBenchmark {

	private ExtractorBenchmark() {
	}

	public static void main(String[] args) {
		double warmupSeconds = args.length > 0 ? Double.parseDouble(args[0]) : 15;
		double measureSeconds = args.length > 1 ? Double.parseDouble(args[1]) : 20;
		List<String> ids = new ArrayList<>();
		List<String> texts = new ArrayList<>();
		SeedCorpus.load().forEach((name, text) -> {
			ids.add(name);
			texts.add(text);
		});
		long chars = texts.stream().mapToLong(String::length).sum();
		long bytes = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
		ArticleAnalyzer analyzer = DefaultArticleAnalyzer.create(AnalysisProperties.defaults());
		System.out.printf(Locale.ROOT, "analyzer %s, %d documents, %d chars, %d UTF-8 bytes per pass%n",
				analyzer.version(), texts.size(), chars, bytes);

		run(analyzer, ids, texts, warmupSeconds);
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		long thread = Thread.currentThread().threadId();
		long allocatedBefore = threads.getThreadAllocatedBytes(thread);
		long cpuBefore = threads.getCurrentThreadCpuTime();
		long start = System.nanoTime();
		long passes = run(analyzer, ids, texts, measureSeconds);
		double seconds = (System.nanoTime() - start) / 1e9;
		double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e9;
		long allocated = threads.getThreadAllocatedBytes(thread) - allocatedBefore;
		long docs = passes * texts.size();
		System.out.printf(Locale.ROOT, "passes           %d (%.1f s wall, %.1f s on the thread's CPU)%n", passes,
				seconds, cpuSeconds);
		System.out.printf(Locale.ROOT, "throughput       %.0f chars/s, %.2f MB/s (UTF-8), %.1f docs/s (wall clock)%n",
				passes * chars / seconds, passes * bytes / seconds / 1e6, docs / seconds);
		// on a shared machine the thread's CPU time is the fairer measure of one core's throughput
		System.out.printf(Locale.ROOT, "per CPU second   %.0f chars/s, %.2f MB/s (UTF-8), %.1f docs/s%n",
				passes * chars / cpuSeconds, passes * bytes / cpuSeconds / 1e6, docs / cpuSeconds);
		System.out.printf(Locale.ROOT, "allocation       %.0f bytes/doc (%.1f bytes/char)%n", (double) allocated / docs,
				(double) allocated / (passes * chars));
	}

	/** Analyses the documents in passes until the time is up; returns the number of passes. */
	private static long run(ArticleAnalyzer analyzer, List<String> ids, List<String> texts, double seconds) {
		long deadline = System.nanoTime() + (long) (seconds * 1e9);
		long passes = 0;
		int sink = 0;
		do {
			for (int i = 0; i < texts.size(); i++) {
				sink += analyzer.analyze(ids.get(i), texts.get(i), Map.of()).entities().size();
			}
			passes++;
		}
		while (System.nanoTime() < deadline);
		if (sink == 42) {
			System.out.print("");
		}
		return passes;
	}

}
