package io.articleflow.index;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.articleflow.common.messaging.FailureHeaders;
import io.articleflow.common.messaging.Topics;
import io.articleflow.common.replay.DeadLetterReplay;
import io.articleflow.common.replay.ReplayRequest;
import io.articleflow.common.replay.ReplayResult;
import io.articleflow.common.test.KafkaIntegrationTest;
import io.articleflow.common.test.KafkaTestBroker;
import io.articleflow.common.test.TopicProbe;
import io.articleflow.index.store.ArticleIndex;
import io.articleflow.index.store.ArticleIndexingException;
import io.articleflow.index.store.ArticleQuery;
import io.articleflow.index.store.ArticleSummary;
import io.articleflow.index.store.EntityProfile;
import io.articleflow.index.store.IndexStats;
import io.articleflow.index.store.IndexableArticle;
import io.articleflow.index.store.SearchResults;
import io.articleflow.index.store.lucene.LuceneArticleIndex;

import static io.articleflow.index.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * DLQ replay on the real broker: while the index cannot write, every article goes to index-service's dead-letter
 * topic; once it can again, a replay sends each back to {@code article-enriched} once, and every article is
 * searchable once. A second replay sends nothing; a record that fails again is dead-lettered with its replay attempt
 * and can be replayed again.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "articleflow.dead-letter.attempts=1")
@KafkaIntegrationTest
@Import(DeadLetterReplayIntegrationTests.Faults.class)
@DirtiesContext
class DeadLetterReplayIntegrationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private static final AtomicBoolean BROKEN = new AtomicBoolean();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	static Path indexDirectory;

	@DynamicPropertySource
	static void indexInTemporaryDirectory(DynamicPropertyRegistry registry) {
		registry.add("index.lucene.path", () -> indexDirectory.toString());
	}

	@LocalServerPort
	int port;

	private final String run = UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	private final DeadLetterReplay replay = new DeadLetterReplay(
			Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestBroker.bootstrapServers()), Clock.systemUTC());

	@Test
	void articlesDeadLetteredWhileTheIndexFailedAreSearchableOnceAfterAReplayAndASecondReplaySendsNothing() {
		List<String> ids = List.of("replay-a-" + this.run, "replay-b-" + this.run, "replay-c-" + this.run);
		String marker = "marker" + this.run;
		try (TopicProbe deadLetters = TopicProbe.on(Topics.ARTICLE_ENRICHED_INDEX_DLQ)) {
			// Given a stage that fails: every article is dead-lettered
			BROKEN.set(true);
			ids.forEach(id -> TopicProbe.publish(Topics.ARTICLE_ENRICHED, id,
					article(id).text("Border talks " + marker + " " + id).json()));
			for (String id : ids) {
				ConsumerRecord<String, String> dead = deadLetters.await(r -> id.equals(r.key()), TIMEOUT);
				assertThat(TopicProbe.header(dead, FailureHeaders.REASON)).contains("disk full " + this.run);
			}

			// When it is fixed and the dead letters of this failure are replayed
			BROKEN.set(false);
			ReplayResult dry = this.replay.replay(request(true));
			ReplayResult replayed = this.replay.replay(request(false));

			// Then each article is searchable, once
			assertThat(dry.replayed()).isEqualTo(3);
			assertThat(replayed.replayed()).isEqualTo(3);
			assertThat(replayed.byTopic()).isEqualTo(Map.of(Topics.ARTICLE_ENRICHED, 3L));
			await().atMost(TIMEOUT).untilAsserted(() -> assertThat(total("q=" + marker)).isEqualTo(3));
			assertThat(ids).allSatisfy(id -> assertThat(get("/api/articles/" + id).statusCode()).isEqualTo(200));

			// and a second replay sends none of them again
			ReplayResult again = this.replay.replay(request(false));
			assertThat(again.replayed()).isZero();
			assertThat(again.alreadyReplayed()).isEqualTo(3);
			assertThat(total("q=" + marker)).isEqualTo(3);
		}
	}

	@Test
	void aReplayedRecordThatFailsAgainIsDeadLetteredWithItsReplayAttemptAndCanBeReplayedAgain() {
		String id = "replay-again-" + this.run;
		try (TopicProbe deadLetters = TopicProbe.on(Topics.ARTICLE_ENRICHED_INDEX_DLQ)) {
			BROKEN.set(true);
			TopicProbe.publish(Topics.ARTICLE_ENRICHED, id, article(id).text("fails twice " + id).json());
			deadLetters.await(r -> id.equals(r.key()), TIMEOUT);

			// replayed while the stage still fails
			assertThat(this.replay.replay(request(false)).replayed()).isEqualTo(1);
			ConsumerRecord<String, String> second = deadLetters.await(
					r -> id.equals(r.key()) && "1".equals(TopicProbe.header(r, FailureHeaders.REPLAY_ATTEMPT)), TIMEOUT);
			assertThat(TopicProbe.header(second, FailureHeaders.REASON)).contains("disk full " + this.run);

			BROKEN.set(false);
			ReplayResult result = this.replay.replay(request(false));
			assertThat(result.replayed()).isEqualTo(1);
			assertThat(result.alreadyReplayed()).isEqualTo(1);
			await().atMost(TIMEOUT).untilAsserted(() -> assertThat(get("/api/articles/" + id).statusCode()).isEqualTo(200));
		}
	}

	private ReplayRequest request(boolean dryRun) {
		return new ReplayRequest(Topics.ARTICLE_ENRICHED_INDEX_DLQ, "disk full " + this.run, null, dryRun);
	}

	private long total(String query) {
		JsonNode found = JSON.readTree(get("/api/search?" + query).body());
		return found.get("total").asLong();
	}

	private HttpResponse<String> get(String path) {
		try {
			return HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
						HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The index, failing every write while {@link #BROKEN} is set, as a full disk would. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Faults {

		@Bean
		@Primary
		ArticleIndex faultyIndex(LuceneArticleIndex index) {
			return new ArticleIndex() {

				@Override
				public void upsertAll(List<IndexableArticle> articles) {
					if (BROKEN.get() && !articles.isEmpty()) {
						throw new ArticleIndexingException("disk full " + runOf(articles.get(0)), 0, false, null);
					}
					index.upsertAll(articles);
				}

				@Override
				public boolean delete(String documentId) {
					return index.delete(documentId);
				}

				@Override
				public int reindex() {
					return index.reindex();
				}

				@Override
				public void commit() {
					index.commit();
				}

				@Override
				public SearchResults search(ArticleQuery query) {
					return index.search(query);
				}

				@Override
				public Optional<String> findJson(String documentId) {
					return index.findJson(documentId);
				}

				@Override
				public Optional<EntityProfile> entity(String entityId, int facetSize) {
					return index.entity(entityId, facetSize);
				}

				@Override
				public List<ArticleSummary> similar(String documentId, int limit) {
					return index.similar(documentId, limit);
				}

				@Override
				public long count() {
					return index.count();
				}

				@Override
				public IndexStats stats() {
					return index.stats();
				}

			};
		}

		private static String runOf(IndexableArticle article) {
			String id = article.documentId();
			return id.substring(id.lastIndexOf('-') + 1);
		}

	}

}
