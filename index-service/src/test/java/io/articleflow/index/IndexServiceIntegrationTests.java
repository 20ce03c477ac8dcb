package io.articleflow.index;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.articleflow.common.event.ArticleStatus;
import io.articleflow.common.event.EntityType;
import io.articleflow.common.messaging.FailureHeaders;
import io.articleflow.common.messaging.Topics;
import io.articleflow.common.test.KafkaIntegrationTest;
import io.articleflow.common.test.TopicProbe;

import static io.articleflow.index.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole service on a real broker: events published to {@code article-enriched} with a plain Kafka producer
 * become searchable over HTTP, re-delivery leaves one document, and a poison record goes to the stage's dead-letter
 * topic while later records are still indexed. Every test uses fresh ids, so the broker's history does not matter.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@KafkaIntegrationTest
// Closes the index (and leaves the consumer group) before the temporary directory is deleted.
@DirtiesContext
class IndexServiceIntegrationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	static Path indexDirectory;

	@DynamicPropertySource
	static void indexInTemporaryDirectory(DynamicPropertyRegistry registry) {
		registry.add("index.lucene.path", () -> indexDirectory.toString());
	}

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private final String run = UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	@Test
	void publishedArticleBecomesSearchableAndIsServedExactlyAsPublished() {
		String id = "it-" + this.run;
		String marker = marker("a");
		TestArticles event = article(id).title("Border talks " + marker)
			.published("2024-03-05")
			.text("Delegates of Viet Nam and Laos discussed " + marker + " border markers.")
			.entity("location:laos-" + this.run, EntityType.LOCATION, "Laos " + this.run, "Laos");

		TopicProbe.publish(Topics.ARTICLE_ENRICHED, id, event.json());

		await().atMost(TIMEOUT).untilAsserted(() -> assertThat(get("/api/articles/" + id).statusCode()).isEqualTo(200));
		assertThat(get("/api/articles/" + id).body()).isEqualTo(event.json());
		JsonNode found = json(get("/api/search?q=" + marker + "&from=2024-03-05&to=2024-03-05"));
		assertThat(found.get("total").asLong()).isEqualTo(1);
		JsonNode hit = found.get("hits").get(0);
		assertThat(hit.get("id").asString()).isEqualTo(id);
		assertThat(hit.get("date").asString()).isEqualTo("2024-03-05");
		assertThat(hit.get("snippet").asString()).contains("<mark>" + marker + "</mark>");
		assertThat(found.at("/facets/LOCATION/0/id").asString()).isEqualTo("location:laos-" + this.run);
		assertThat(found.at("/facets/LOCATION/0/count").asLong()).isEqualTo(1);
	}

	@Test
	void sameEventPublishedTwiceLeavesOneDocument() {
		String id = "it-dup-" + this.run;
		String entity = "person:twice-" + this.run;
		String event = article(id).text("Published twice").entity(entity, EntityType.PERSON, "Twice", "twice").json();
		String sentinel = "it-after-dup-" + this.run;

		TopicProbe.publish(Topics.ARTICLE_ENRICHED, id, event);
		TopicProbe.publish(Topics.ARTICLE_ENRICHED, id, event);
		// Same key, so same partition: once the sentinel is indexed, both copies were consumed.
		TopicProbe.publish(Topics.ARTICLE_ENRICHED, id, article(sentinel).text("after the duplicates").json());

		await().atMost(TIMEOUT)
			.untilAsserted(() -> assertThat(get("/api/articles/" + sentinel).statusCode()).isEqualTo(200));
		JsonNode found = json(get("/api/search?entity=" + entity));
		assertThat(found.get("total").asLong()).isEqualTo(1);
		assertThat(found.at("/hits/0/id").asString()).isEqualTo(id);
	}

	@Test
	void poisonRecordGoesToTheDeadLetterTopicWithItsReasonAndLaterRecordsAreStillIndexed() {
		String key = "it-poison-" + this.run;
		String poison = "not json " + this.run;
		String good = "it-after-poison-" + this.run;

		TopicProbe.publish(Topics.ARTICLE_ENRICHED, key, poison);
		TopicProbe.publish(Topics.ARTICLE_ENRICHED, key, article(good).text("still consuming").json());

		await().atMost(TIMEOUT).untilAsserted(() -> assertThat(get("/api/articles/" + good).statusCode()).isEqualTo(200));
		try (TopicProbe deadLetters = TopicProbe.on(Topics.ARTICLE_ENRICHED_INDEX_DLQ)) {
			ConsumerRecord<String, String> dead = deadLetters.await(record -> poison.equals(record.value()), TIMEOUT);
			assertThat(dead.key()).isEqualTo(key);
			assertThat(TopicProbe.header(dead, FailureHeaders.REASON)).startsWith("tools.jackson.core")
				.contains("Unrecognized token 'not'");
			assertThat(TopicProbe.header(dead, FailureHeaders.STAGE)).isEqualTo(Topics.INDEX_GROUP);
		}
	}

	@Test
	void reportsEachIndexedArticleAndEachDeadLetterToTheStatusTopicKeyedByDocumentId() {
		String id = "it-status-" + this.run;
		String poisonKey = "it-status-poison-" + this.run;
		String poison = "{\"documentId\":\"" + poisonKey + "\",\"source\":{\"fileName\":\"poison.txt\"},"
				+ "\"extractorVersion\":\"test-1\"}";

		try (TopicProbe statuses = TopicProbe.on(Topics.ARTICLE_STATUS)) {
			TopicProbe.publish(Topics.ARTICLE_ENRICHED, id, article(id).text("indexed and reported").json());
			TopicProbe.publish(Topics.ARTICLE_ENRICHED, poisonKey, poison);

			ConsumerRecord<String, String> indexed = statuses.await(record -> id.equals(record.key()), TIMEOUT);
			ArticleStatus status = JSON.readValue(indexed.value(), ArticleStatus.class);
			assertThat(status.state()).isEqualTo(ArticleStatus.State.INDEXED);
			assertThat(status.stage()).isEqualTo(Topics.INDEX_GROUP);
			assertThat(status.fileName()).isEqualTo(id + ".txt");
			assertThat(status.indexedAt()).isNotNull();
			assertThat(TopicProbe.header(indexed, "ce_type")).isEqualTo(ArticleStatus.EVENT_TYPE);
			ConsumerRecord<String, String> failed = statuses.await(record -> poisonKey.equals(record.key()),
					TIMEOUT);
			ArticleStatus failure = JSON.readValue(failed.value(), ArticleStatus.class);
			assertThat(failure.state()).isEqualTo(ArticleStatus.State.FAILED);
			assertThat(failure.stage()).isEqualTo(Topics.INDEX_GROUP);
			assertThat(failure.fileName()).isEqualTo("poison.txt");
			assertThat(failure.extractorVersion()).isEqualTo("test-1");
			// the value is JSON, but not of an enriched event: the code names the failure's own exception
			assertThat(failure.code()).isEqualTo("MismatchedInputException");
			assertThat(failure.reason()).startsWith("tools.jackson.databind.exc.MismatchedInputException: ");
		}
	}

	@Test
	void invalidQueryIsABadRequestWithAJsonError() {
		HttpResponse<String> response = get("/api/search?q=" + URLEncoder.encode("title:(", StandardCharsets.UTF_8));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(json(response).get("error").asString()).isEqualTo("Invalid query");
	}

	/** A word no other article contains; letters only, so the analyzer keeps it one token. */
	private String marker(String prefix) {
		return "qz" + prefix + this.run.replaceAll("[0-9]", "").replace('e', 'x') + "w";
	}

	private HttpResponse<String> get(String path) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "application/json")
			.build();
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException("GET " + path + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted during GET " + path, ex);
		}
	}

	private static JsonNode json(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isBetween(200, 499);
		return TestArticles.JSON.readTree(response.body());
	}

}
