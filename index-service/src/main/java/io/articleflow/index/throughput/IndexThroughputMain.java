package io.articleflow.index.throughput;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import tools.jackson.databind.json.JsonMapper;

import io.articleflow.index.store.lucene.LuceneArticleIndex;

/**
 * Prints the throughput of indexing a file of {@code article-enriched} values into a new Lucene index, after a
 * warm-up into a throw-away one. The last line is machine-readable ({@code RESULT key=value ...}) for
 * {@code ./pipeline bench}; it measures and asserts nothing.
 *
 * <pre>
 * java -cp index-service.jar -Dloader.main=io.articleflow.index.throughput.IndexThroughputMain \
 *     org.springframework.boot.loader.launch.PropertiesLauncher \
 *     EVENTS.jsonl INDEX_DIR [BATCH_SIZE [WARMUP_EVENTS [COMMIT_EVERY]]]
 * </pre>
 * COMMIT_EVERY (default 1, as index-service) commits every that many batches and only refreshes the others.
 */
public final class IndexThroughputMain {

	private IndexThroughputMain() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 2 || args.length > 5) {
			System.err.println(
					"usage: IndexThroughputMain EVENTS.jsonl INDEX_DIR [BATCH_SIZE [WARMUP_EVENTS [COMMIT_EVERY]]]");
			System.exit(2);
		}
		Path events = Path.of(args[0]);
		Path directory = Path.of(args[1]);
		int batchSize = args.length > 2 ? Integer.parseInt(args[2]) : 500;
		int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 2000;
		int commitEvery = args.length > 4 ? Integer.parseInt(args[4]) : 1;
		JsonMapper json = JsonMapper.builder().build();
		try (LuceneArticleIndex index = LuceneArticleIndex.open(Files.createDirectories(directory).resolve("warmup"),
				json)) {
			IndexThroughput.measure(index, json, events, batchSize, commitEvery, warmup);
		}
		IndexThroughput.Result result;
		try (LuceneArticleIndex index = LuceneArticleIndex.open(directory.resolve("measured"), json)) {
			result = IndexThroughput.measure(index, json, events, batchSize, commitEvery, Integer.MAX_VALUE);
		}
		System.out.printf(Locale.ROOT, "indexed %d articles (%.1f MB of JSON) in batches of %d in %.2f s: "
				+ "%.0f articles/s, %.1f CPU s%n", result.documents(), result.bytes() / 1e6, result.batchSize(),
				result.seconds(), result.documentsPerSecond(), result.cpuSeconds());
		double perBatch = 1000.0 / Math.max(1, result.batches());
		System.out.printf(Locale.ROOT, "per batch (%d, a commit every %d): write %.1f ms, refresh %.1f ms, "
				+ "commit %.1f ms (wall clock)%n", result.batches(), result.commitEvery(),
				result.writeSeconds() * perBatch, result.refreshSeconds() * perBatch, result.commitSeconds() * perBatch);
		System.out.printf(Locale.ROOT, "RESULT documents=%d bytes=%d batch=%d seconds=%.4f cpu=%.3f%n",
				result.documents(), result.bytes(), result.batchSize(), result.seconds(), result.cpuSeconds());
	}

}
