package io.articleflow.index.throughput;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.OpenSearchTransport;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

import io.articleflow.index.store.ArticleIndex;
import io.articleflow.index.store.ArticleQuery;
import io.articleflow.index.store.lucene.LuceneArticleIndex;
import io.articleflow.index.store.opensearch.OpenSearchArticleIndex;
import io.articleflow.index.store.opensearch.OpenSearchIndexConfiguration;
import io.articleflow.index.store.opensearch.OpenSearchIndexProperties;

/**
 * Prints, for one backend, the indexing throughput, the index's size on disk and the latency of a fixed search mix
 * ({@link SearchBench}) at each of a list of index sizes. One {@code RESULT key=value ...} line per size is
 * machine-readable for {@code ./pipeline bench --search}; it measures and asserts nothing.
 *
 * <pre>
 * java -cp index-service.jar -Dloader.main=io.articleflow.index.throughput.SearchBenchMain \
 *     org.springframework.boot.loader.launch.PropertiesLauncher lucene INDEX_DIR|opensearch URL EVENTS.jsonl \
 *     SIZES [ROUNDS]
 * </pre>
 * SIZES is a comma-separated list, e.g. {@code 10000,100000}; ROUNDS (default 5) how often the mix runs per size.
 */
public final class SearchBenchMain {

	/** Articles per commit, index-service's batch. */
	private static final int BATCH = 500;

	/** Entities drawn for the mix, four searches each (plus one per entity type). */
	private static final int ENTITIES = 12;

	/** Characters of events read from the file (some 6,000 bench articles): many distinct texts, bounded memory. */
	private static final long EVENT_CHARS = 96L << 20;

	private SearchBenchMain() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length < 4 || args.length > 5 || !List.of("lucene", "opensearch").contains(args[0])) {
			System.err.println("usage: SearchBenchMain lucene INDEX_DIR|opensearch URL EVENTS.jsonl SIZES [ROUNDS]");
			System.exit(2);
		}
		String backend = args[0];
		List<String> events = SearchBench.read(Path.of(args[2]), EVENT_CHARS);
		int[] sizes = Arrays.stream(args[3].split(",")).mapToInt(size -> Integer.parseInt(size.strip())).sorted().toArray();
		int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 5;
		JsonMapper json = JsonMapper.builder().build();
		if (backend.equals("lucene")) {
			Path directory = Files.createDirectories(Path.of(args[1]));
			try (LuceneArticleIndex index = LuceneArticleIndex.open(directory, json)) {
				run(backend, new SearchBench(index, json, events), sizes, rounds, () -> directorySize(directory));
			}
		}
		else {
			URI uri = URI.create(args[1]);
			// an alias of its own: the node may hold an earlier run's articles
			String alias = "bench-" + System.currentTimeMillis();
			OpenSearchIndexProperties properties = new OpenSearchIndexProperties(List.of(uri), alias, 1, 0,
					DataSize.ofMegabytes(5),
					new OpenSearchIndexProperties.Retry(5, Duration.ofMillis(200), Duration.ofSeconds(5)));
			try (OpenSearchTransport transport = OpenSearchIndexConfiguration.transport(properties)) {
				OpenSearchArticleIndex index = OpenSearchIndexConfiguration.open(new OpenSearchClient(transport),
						properties, json);
				run(backend, new SearchBench(index, json, events), sizes, rounds, () -> storeSize(uri, alias, json));
			}
		}
	}

	private static void run(String backend, SearchBench bench, int[] sizes, int rounds, SizeOnDisk disk)
			throws Exception {
		List<ArticleQuery> queries = bench.queries(ENTITIES);
		for (int size : sizes) {
			SearchBench.Growth growth = bench.growTo(size, BATCH);
			SearchBench.Latencies latencies = bench.time(queries, rounds);
			long bytes = disk.bytes();
			System.out.printf(Locale.ROOT, "%s, %,d articles: indexed %,d more at %.0f articles/s; %.1f MiB on disk; "
					+ "search p50 %.1f ms, p99 %.1f ms, max %.1f ms over %d searches (%d queries x %d)%n", backend, size,
					growth.articles(), growth.perSecond(), bytes / 1048576.0, latencies.p50(), latencies.p99(),
					latencies.max(), latencies.searches(), queries.size(), rounds);
			System.out.printf(Locale.ROOT, "RESULT backend=%s articles=%d indexed=%d index_seconds=%.3f disk_bytes=%d "
					+ "searches=%d p50_ms=%.3f p99_ms=%.3f max_ms=%.3f hits=%d%n", backend, size, growth.articles(),
					growth.seconds(), bytes, latencies.searches(), latencies.p50(), latencies.p99(), latencies.max(),
					latencies.hits());
		}
	}

	@FunctionalInterface
	private interface SizeOnDisk {

		long bytes() throws Exception;

	}

	private static long directorySize(Path directory) throws IOException {
		try (Stream<Path> files = Files.walk(directory)) {
			return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
		}
	}

	/** The primaries' store size of the alias's indices (replicas would count each copy). */
	private static long storeSize(URI node, String alias, JsonMapper json) throws IOException, InterruptedException {
		try (HttpClient http = HttpClient.newHttpClient()) {
			HttpResponse<String> response = http.send(
					HttpRequest.newBuilder(node.resolve("/" + alias + "/_stats/store")).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			return json.readTree(response.body()).path("_all").path("primaries").path("store").path("size_in_bytes")
				.asLong();
		}
	}

}
