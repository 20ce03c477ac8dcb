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
 *     org.springframework.boot.loader.launch.PropertiesLauncher EVENTS.jsonl INDEX_DIR [BATCH_SIZE [WARMUP_EVENTS]]
 * </pre>
 */
public final class IndexThroughputMain {

	private IndexThroughputMain() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 2 || args.length > 4) {
			System.err.println("usage: IndexThroughputMain EVENTS.jsonl INDEX_DIR [BATCH_SIZE [WARMUP_EVENTS]]");
			System.exit(2);
		}
		Path events = Path.of(args[0]);
		Path directory = Path.of(args[1]);
		int batchSize = args.length > 2 ? Integer.parseInt(args[2]) : 500;
		int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 2000;
		JsonMapper json = JsonMapper.builder().build();
		try (LuceneArticleIndex index = LuceneArticleIndex.open(Files.createDirectories(directory).resolve("warmup"),
				json)) {
			IndexThroughput.measure(index, json, events, batchSize, warmup);
		}
		IndexThroughput.Result result;
		try (LuceneArticleIndex index = LuceneArticleIndex.open(directory.resolve("measured"), json)) {
			result = IndexThroughput.measure(index, json, events, batchSize, Integer.MAX_VALUE);
		}
		System.out.printf(Locale.ROOT, "indexed %d articles (%.1f MB of JSON) in batches of %d in %.2f s: "
				+ "%.0f articles/s, %.1f CPU s%n", result.documents(), result.bytes() / 1e6, result.batchSize(),
				result.seconds(), result.documentsPerSecond(), result.cpuSeconds());
		System.out.printf(Locale.ROOT, "RESULT documents=%d bytes=%d batch=%d seconds=%.4f cpu=%.3f%n",
				result.documents(), result.bytes(), result.batchSize(), result.seconds(), result.cpuSeconds());
	}

}
