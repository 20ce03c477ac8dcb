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
 * does: decoded, upserted in batches, each batch made searchable (a near-real-time refresh) and then committed, on
 * one thread. Each step's wall-clock time is summed, to say what a batch costs where. Committing only every
 * {@code commitEvery} batches (refreshing the others) measures what durability per batch costs beside visibility.
 */
public final class IndexThroughput {

	private IndexThroughput() {
	}

	/**
	 * Indexes the first {@code limit} events of the file; the last batch is always committed.
	 * @param batchSize events per batch
	 * @param commitEvery batches per commit; the batches between are only refreshed
	 * @param limit the most events read; fewer when the file ends first
	 */
	public static Result measure(ArticleIndex index, JsonMapper json, Path events, int batchSize, int commitEvery,
			int limit) throws IOException {
		if (batchSize < 1 || commitEvery < 1) {
			throw new IllegalArgumentException("batch size and commit interval must be at least 1: " + batchSize
					+ ", " + commitEvery);
		}
		long cpuBefore = processCpuNanos();
		long start = System.nanoTime();
		int documents = 0;
		long bytes = 0;
		Batches batches = new Batches(index, commitEvery);
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
					batches.write(batch);
				}
			}
		}
		batches.write(batch);
		batches.finish();
		return new Result(documents, bytes, batchSize, commitEvery, (System.nanoTime() - start) / 1e9,
				(processCpuNanos() - cpuBefore) / 1e9, batches.count, batches.writeNanos / 1e9,
				batches.refreshNanos / 1e9, batches.commitNanos / 1e9);
	}

	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	/** Writes batches as index-service does, timing each step. */
	private static final class Batches {

		private final ArticleIndex index;

		private final int commitEvery;

		private int count;

		private long writeNanos;

		private long refreshNanos;

		private long commitNanos;

		Batches(ArticleIndex index, int commitEvery) {
			this.index = index;
			this.commitEvery = commitEvery;
		}

		void write(List<IndexableArticle> batch) {
			if (batch.isEmpty()) {
				return;
			}
			long start = System.nanoTime();
			this.index.upsertAll(batch);
			long written = System.nanoTime();
			this.index.refresh();
			long refreshed = System.nanoTime();
			this.writeNanos += written - start;
			this.refreshNanos += refreshed - written;
			this.count++;
			if (this.count % this.commitEvery == 0) {
				commit();
			}
			batch.clear();
		}

		/** Commits the batches written since the last commit, if any. */
		void finish() {
			if (this.count % this.commitEvery != 0) {
				commit();
			}
		}

		private void commit() {
			long start = System.nanoTime();
			this.index.commit();
			this.commitNanos += System.nanoTime() - start;
		}

	}

	/**
	 * One measurement.
	 *
	 * @param documents how many events were indexed
	 * @param bytes their JSON size in bytes
	 * @param batchSize events per batch
	 * @param commitEvery batches per commit
	 * @param seconds wall-clock time, decoding included
	 * @param cpuSeconds CPU time of the whole process meanwhile (Lucene's merges, JIT and GC included)
	 * @param batches how many batches were written
	 * @param writeSeconds wall-clock time in writing the batches to the index (analysis included)
	 * @param refreshSeconds wall-clock time in making them searchable (flushing each into a new segment)
	 * @param commitSeconds wall-clock time in committing them (the fsync)
	 */
	public record Result(int documents, long bytes, int batchSize, int commitEvery, double seconds,
			double cpuSeconds, int batches, double writeSeconds, double refreshSeconds, double commitSeconds) {

		/** Articles per second of wall-clock time. */
		public double documentsPerSecond() {
			return this.documents / this.seconds;
		}

	}

}
