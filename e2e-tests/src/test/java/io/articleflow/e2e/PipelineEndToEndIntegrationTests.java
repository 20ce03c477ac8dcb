package io.articleflow.e2e;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.articleflow.common.event.ArticleEnriched;
import io.articleflow.common.event.Entity;
import io.articleflow.common.event.Mention;
import io.articleflow.common.messaging.Topics;
import io.articleflow.common.test.EventSchemas;
import io.articleflow.common.test.TopicProbe;

import static io.articleflow.e2e.RunningPipeline.JSON;
import static io.articleflow.e2e.RunningPipeline.PATIENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The seed articles through the whole pipeline: ingest, extract and index as separate processes on a real broker.
 */
class PipelineEndToEndIntegrationTests {

	private static RunningPipeline pipeline;

	@BeforeAll
	static void startPipeline() throws IOException {
		pipeline = RunningPipeline.get();
	}

	@Test
	void everySeedIsSearchableAsAnEnrichedArticleWhoseMentionsSliceItsText() {
		assertThat(pipeline.seedIds).hasSize(5).doesNotHaveDuplicates();
		for (String id : pipeline.seedIds) {
			HttpResponse<String> response = pipeline.index.get("/api/articles/" + id);
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
	void eachSeedsEnrichedEventContinuesTheTraceItsFileStarted() {
		try (TopicProbe ingested = TopicProbe.on(Topics.ARTICLE_INGESTED);
				TopicProbe enriched = TopicProbe.on(Topics.ARTICLE_ENRICHED)) {
			for (String id : pipeline.seedIds) {
				enriched.await(record -> id.equals(record.key()), PATIENCE);
				ingested.await(record -> id.equals(record.key()), PATIENCE);
			}
			Duration settle = Duration.ofSeconds(1);
			for (String id : pipeline.seedIds) {
				// a seed dropped again under another name starts a trace of its own: each enriched event continues one
				List<String> started = ingested.drain(settle).stream().filter(record -> id.equals(record.key()))
					.map(PipelineEndToEndIntegrationTests::traceId).toList();
				List<String> continued = enriched.drain(settle).stream().filter(record -> id.equals(record.key()))
					.map(PipelineEndToEndIntegrationTests::traceId).toList();
				assertThat(started).as("traces started for %s", id).isNotEmpty().allMatch(t -> t.matches("[0-9a-f]{32}"));
				assertThat(continued).as("traces of the enriched events of %s", id).isNotEmpty()
					.allMatch(started::contains);
			}
		}
	}

	/** The trace id of a record's W3C {@code traceparent} header ({@code 00-<trace id>-<span id>-<flags>}). */
	private static String traceId(ConsumerRecord<?, ?> record) {
		String traceparent = TopicProbe.header(record, "traceparent");
		assertThat(traceparent).as("traceparent of %s", record.key()).isNotNull();
		return traceparent.split("-")[1];
	}

	@Test
	void everySearchResultsStatusFromIndexServiceIsIngestsViewIndexedWithTheRunningExtractor() {
		for (String id : pipeline.seedIds) {
			await("status of " + id).atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
				HttpResponse<String> response = pipeline.index.get("/api/articles/" + id + "/status");
				assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
				JsonNode status = JSON.readTree(response.body()).get("status");
				assertThat(status.get("documentId").asString()).isEqualTo(id);
				assertThat(status.get("state").asString()).isEqualTo("INDEXED");
				assertThat(status.get("stage").asString()).isEqualTo("index-service");
				assertThat(status.get("extractorVersion").asString()).matches("\\d+\\.\\d+\\.\\d+\\+kb\\..+");
				assertThat(status.get("indexedAt").asString()).isNotBlank();
				assertThat(JSON.readTree(response.body()).get("files")).isNotEmpty();
			});
		}
	}

	@Test
	void searchForAseanFindsArticlesWhoseEntitiesIncludeAsean() {
		JsonNode result = search("q=ASEAN");

		assertThat(result.get("total").asInt()).isBetween(1, 5);
		for (JsonNode hit : result.get("hits")) {
			// A hit lists only its most salient entities: the article has them all.
			JsonNode article = JSON.readTree(pipeline.index.get("/api/articles/" + hit.get("id").asString()).body());
			assertThat(article.get("entities").valueStream().map(entity -> entity.get("canonicalName").asString()))
				.as("entities of hit %s", hit.get("id"))
				.contains("ASEAN");
		}
		assertThat(result.get("facets").get("ORGANIZATION").valueStream().map(facet -> facet.get("name").asString()))
			.contains("ASEAN");
	}

	@Test
	void droppingTheSameArticleAgainUnderAnotherNameLeavesExactlyFiveDocuments() throws IOException {
		String firstId = pipeline.seedIds.get(0);
		Instant before = enrichedAt(firstId);
		Path seed;
		try (Stream<Path> seeds = Files.list(RunningPipeline.SEEDS)) {
			seed = seeds.sorted().findFirst().orElseThrow();
		}

		pipeline.drop(seed, "same-article-again.txt");

		assertThat(pipeline.awaitPublished("same-article-again.txt")).isEqualTo(firstId);
		await("re-indexed").atMost(PATIENCE).until(() -> enrichedAt(firstId).isAfter(before));
		assertThat(search("q=").get("articles").asInt()).isEqualTo(5);
		assertThat(pipeline.bucket.resolve("processed/same-article-again.txt")).exists();
	}

	@Test
	void anUnreadableFileEndsInFailedWithItsReason() throws IOException {
		Files.write(pipeline.bucket.resolve("photo.txt"),
				new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 0x10, 'J', 'F', 'I', 'F', 0 });

		await("failed sidecar").atMost(PATIENCE)
			.untilAsserted(() -> assertThat(pipeline.bucket.resolve("failed/photo.txt.error.json")).exists());

		assertThat(pipeline.bucket.resolve("failed/photo.txt")).exists();
		JsonNode sidecar = JSON.readTree(pipeline.bucket.resolve("failed/photo.txt.error.json").toFile());
		assertThat(sidecar.get("reason").asString()).isNotBlank();
		assertThat(sidecar.get("stage").asString()).isNotBlank();
	}

	private static Instant enrichedAt(String id) {
		return Instant.parse(JSON.readTree(pipeline.index.get("/api/articles/" + id).body()).get("enrichedAt").asString());
	}

	private static JsonNode search(String query) {
		String[] parts = query.split("=", 2);
		HttpResponse<String> response = pipeline.index
			.get("/api/search?" + parts[0] + "=" + URLEncoder.encode(parts[1], StandardCharsets.UTF_8));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

}
