package io.articleflow.index.throughput;

import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import io.articleflow.common.event.ArticleEnriched;
import io.articleflow.index.store.ArticleIndex;
import io.articleflow.index.store.IndexableArticle;

/**
 * Indexes {@code article-enriched} events (one JSON value per line, as dumped from the topic) the way index-service
 * does: decoded, upserted in batches, one commit and searcher refresh per batch, on one thread.
 */
public final class IndexThroughput {

	private IndexThroughput() {
	}

	/**
	 * Indexes the first {@code limit} events of the file.
	 * @param batchSize events per commit
	 * @param limit the most events read; fewer when the file ends first
	 */
	public static Result measure(ArticleIndex index, JsonMapper json, Path events, int batchSize, int limit)
			throws IOException {
		long cpuBefore = processCpuNanos();
		long start = System.nanoTime();
		int documents = 0;
		long bytes = 0;
		List<IndexableArticle> batch = new ArrayList<>(batchSize);
		try (BufferedReader lines = Files.newBufferedReader(events, StandardCharsets.UTF_8)) {
			for (String line = lines.readLine(); line != null && documents < limit; line = lines.readLine()) {
				if (line.isBlank()) {
					continue;
				}
				batch.add(new IndexableArticle(json.readValue(line, ArticleEnriched.class), line));
				documents++;
				bytes += line.getBytes(StandardCharsets.UTF_8).length;
				if (batch.size() == batchSize) {
					write(index, batch);
				}
			}
		}
		write(index, batch);
		return new Result(documents, bytes, batchSize, (System.nanoTime() - start) / 1e9,
				(processCpuNanos() - cpuBefore) / 1e9);
	}

	private static void write(ArticleIndex index, List<IndexableArticle> batch) {
		if (!batch.isEmpty()) {
			index.upsertAll(batch);
			index.commit();
			batch.clear();
		}
	}

	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	/**
	 * One measurement.
	 *
	 * @param documents how many events were indexed
	 * @param bytes their JSON size in bytes
	 * @param batchSize events per commit
	 * @param seconds wall-clock time, decoding included
	 * @param cpuSeconds CPU time of the whole process meanwhile (Lucene's merges, JIT and GC included)
	 */
	public record Result(int documents, long bytes, int batchSize, double seconds, double cpuSeconds) {

		/** Articles per second of wall-clock time. */
		public double documentsPerSecond() {
			return this.documents / this.seconds;
		}

	}

}
