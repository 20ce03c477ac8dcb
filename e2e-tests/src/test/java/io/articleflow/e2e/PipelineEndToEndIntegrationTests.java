package io.articleflow.e2e;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.articleflow.common.event.ArticleEnriched;
import io.articleflow.common.event.Entity;
import io.articleflow.common.event.Mention;
import io.articleflow.common.test.EventSchemas;
import io.articleflow.common.test.KafkaTestBroker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole pipeline as operators run it: a real broker, ingest-service, extract-service and index-service as
 * three separate processes started from their jars, the seed articles dropped into a bucket folder.
 */
class PipelineEndToEndIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Duration PATIENCE = Duration.ofSeconds(90);

	private static final Path SEEDS = Path.of(System.getProperty("articleflow.root", "..")).resolve("seeds");

	private static Path work;

	private static Path bucket;

	private static final List<ServiceProcess> services = new ArrayList<>();

	private static ServiceProcess ingest;

	private static ServiceProcess index;

	private static List<String> seedIds;

	@BeforeAll
	static void startPipelineAndDropTheSeeds() throws IOException {
		String broker = KafkaTestBroker.bootstrapServers();
		work = Files.createTempDirectory("articleflow-e2e");
		bucket = work.resolve("bucket");
		Path logs = Path.of("target", "e2e-logs");
		String kafka = "--spring.kafka.bootstrap-servers=" + broker;
		index = start(ServiceProcess.start("index-service", logs, "384m", kafka,
				"--index.lucene.path=" + work.resolve("index")));
		start(ServiceProcess.start("extract-service", logs, "384m", kafka));
		ingest = start(ServiceProcess.start("ingest-service", logs, "256m", kafka,
				"--ingest.bucket.path=" + bucket, "--ingest.bucket.poll-interval=200ms",
				"--ingest.bucket.settle-time=300ms"));
		services.forEach(service -> service.awaitHealthy(PATIENCE));

		List<String> names = new ArrayList<>();
		try (Stream<Path> seeds = Files.list(SEEDS)) {
			for (Path seed : seeds.filter(Files::isRegularFile).sorted().toList()) {
				drop(seed, seed.getFileName().toString());
				names.add(seed.getFileName().toString());
			}
		}
		assertThat(names).hasSize(5);
		seedIds = names.stream().map(PipelineEndToEndIntegrationTests::awaitPublished).toList();
		seedIds.forEach(PipelineEndToEndIntegrationTests::awaitIndexed);
	}

	@AfterAll
	static void stopPipeline() throws InterruptedException {
		for (ServiceProcess service : services.reversed()) {
			service.close();
		}
	}

	@Test
	void everySeedIsSearchableAsAnEnrichedArticleWhoseMentionsSliceItsText() {
		assertThat(seedIds).doesNotHaveDuplicates();
		for (String id : seedIds) {
			HttpResponse<String> response = index.get("/api/articles/" + id);
			assertThat(EventSchemas.violations(ArticleEnriched.SCHEMA, response.body())).isEmpty();
			ArticleEnriched article = JSON.readValue(response.body(), ArticleEnriched.class);
			assertThat(article.documentId()).isEqualTo(id);
			assertThat(article.entities()).isNotEmpty();
			for (Entity entity : article.entities()) {
				for (Mention mention : entity.mentions()) {
					assertThat(article.text().substring(mention.start(), mention.end())).isEqualTo(mention.text());
				}
			}
		}
	}

	@Test
	void searchForAseanFindsArticlesWhoseEntitiesIncludeAsean() {
		JsonNode result = search("q=ASEAN");

		assertThat(result.get("total").asInt()).isBetween(1, 5);
		for (JsonNode hit : result.get("hits")) {
			assertThat(hit.get("entities").valueStream().map(entity -> entity.get("name").asString()))
				.as("entities of hit %s", hit.get("id"))
				.contains("ASEAN");
		}
		assertThat(result.get("facets").get("ORGANIZATION").valueStream().map(facet -> facet.get("name").asString()))
			.contains("ASEAN");
	}

	@Test
	void droppingTheSameArticleAgainUnderAnotherNameLeavesExactlyFiveDocuments() throws IOException {
		String firstId = seedIds.get(0);
		Instant before = enrichedAt(firstId);
		Path seed;
		try (Stream<Path> seeds = Files.list(SEEDS)) {
			seed = seeds.sorted().findFirst().orElseThrow();
		}

		drop(seed, "same-article-again.txt");

		assertThat(awaitPublished("same-article-again.txt")).isEqualTo(firstId);
		await("re-indexed").atMost(PATIENCE).until(() -> enrichedAt(firstId).isAfter(before));
		assertThat(search("q=").get("total").asInt()).isEqualTo(5);
		assertThat(bucket.resolve("processed/same-article-again.txt")).exists();
	}

	@Test
	void anUnreadableFileEndsInFailedWithItsReason() throws IOException {
		Files.write(bucket.resolve("photo.txt"), new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0 });

		await("failed sidecar").atMost(PATIENCE)
			.untilAsserted(() -> assertThat(bucket.resolve("failed/photo.txt.error.json")).exists());

		assertThat(bucket.resolve("failed/photo.txt")).exists();
		JsonNode sidecar = JSON.readTree(bucket.resolve("failed/photo.txt.error.json").toFile());
		assertThat(sidecar.get("reason").asString()).startsWith("not valid UTF-8 text");
		assertThat(sidecar.get("stage").asString()).isEqualTo("extract-text");
	}

	private static ServiceProcess start(ServiceProcess service) {
		services.add(service);
		return service;
	}

	/** Copies under a temporary name, then renames: the way to drop a file that is never seen half-written. */
	private static void drop(Path file, String name) throws IOException {
		Path part = bucket.resolve(name + ".part");
		Files.createDirectories(bucket);
		Files.copy(file, part, StandardCopyOption.REPLACE_EXISTING);
		Files.move(part, bucket.resolve(name), StandardCopyOption.ATOMIC_MOVE);
	}

	/** Waits until ingest says it published the file, and returns its document id. */
	private static String awaitPublished(String key) {
		return await(key + " published").atMost(PATIENCE).until(() -> {
			HttpResponse<String> status = ingest.get("/api/ingest/status");
			if (status == null || status.statusCode() != 200) {
				return null;
			}
			for (JsonNode entry : JSON.readTree(status.body()).get("recent")) {
				if (entry.get("key").asString().equals(key) && entry.get("status").asString().equals("PUBLISHED")) {
					return entry.get("documentId").asString();
				}
			}
			return null;
		}, id -> id != null);
	}

	private static void awaitIndexed(String id) {
		await(id + " indexed").atMost(PATIENCE).until(() -> {
			HttpResponse<String> article = index.get("/api/articles/" + id);
			return article != null && article.statusCode() == 200;
		});
	}

	private static Instant enrichedAt(String id) {
		return Instant.parse(JSON.readTree(index.get("/api/articles/" + id).body()).get("enrichedAt").asString());
	}

	private static JsonNode search(String query) {
		String[] parts = query.split("=", 2);
		HttpResponse<String> response = index
			.get("/api/search?" + parts[0] + "=" + URLEncoder.encode(parts[1], StandardCharsets.UTF_8));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

}
