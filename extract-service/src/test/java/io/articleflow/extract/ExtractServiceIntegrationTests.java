package io.articleflow.extract;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;

import io.articleflow.common.event.ArticleEnriched;
import io.articleflow.common.event.ArticleIngested;
import io.articleflow.common.event.ArticleStatus;
import io.articleflow.common.event.DocumentIds;
import io.articleflow.common.event.SourceFile;
import io.articleflow.common.limits.ArticleLimits;
import io.articleflow.common.messaging.CloudEventHeaders;
import io.articleflow.common.messaging.FailureHeaders;
import io.articleflow.common.messaging.Topics;
import io.articleflow.common.test.EventSchemas;
import io.articleflow.common.test.KafkaIntegrationTest;
import io.articleflow.common.test.KafkaTestBroker;
import io.articleflow.common.test.TopicProbe;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@KafkaIntegrationTest
class ExtractServiceIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	@Test
	void publishesTheEnrichedArticleWithEntitiesKeyedByDocumentIdWithCloudEventHeaders() {
		String text = "Defence ministers of ASEAN met in Vientiane, Laos, on November 20, 2024 (run "
				+ UUID.randomUUID() + ").";
		ArticleIngested raw = raw(text);

		try (TopicProbe enriched = TopicProbe.on(Topics.ARTICLE_ENRICHED)) {
			TopicProbe.publish(Topics.ARTICLE_INGESTED, raw.documentId(), JSON.writeValueAsString(raw));
			ConsumerRecord<String, String> record = enriched.await(r -> raw.documentId().equals(r.key()), PATIENCE);

			assertThat(EventSchemas.violations(ArticleEnriched.SCHEMA, record.value())).isEmpty();
			ArticleEnriched event = JSON.readValue(record.value(), ArticleEnriched.class);
			assertThat(event.source()).isEqualTo(raw.source());
			assertThat(event.entities()).extracting(entity -> entity.canonicalName()).contains("ASEAN", "Laos");
			assertThat(event.extractorVersion()).isNotBlank();
			assertThat(TopicProbe.header(record, CloudEventHeaders.TYPE)).isEqualTo(ArticleEnriched.EVENT_TYPE);
			assertThat(TopicProbe.header(record, CloudEventHeaders.SOURCE)).isEqualTo("/articleflow/extract-service");
			assertThat(TopicProbe.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(raw.documentId());
		}
	}

	@Test
	void sendsAPoisonRecordToTheDeadLetterTopicWithItsReasonAndKeepsConsuming() {
		String poisonKey = "poison-" + UUID.randomUUID();
		ArticleIngested good = raw("The Shangri-La Dialogue opened in Singapore (run " + UUID.randomUUID() + ").");

		try (TopicProbe dlq = TopicProbe.on(Topics.ARTICLE_INGESTED_EXTRACT_DLQ);
				TopicProbe enriched = TopicProbe.on(Topics.ARTICLE_ENRICHED)) {
			TopicProbe.publish(Topics.ARTICLE_INGESTED, poisonKey, "{not json");
			TopicProbe.publish(Topics.ARTICLE_INGESTED, good.documentId(), JSON.writeValueAsString(good));

			ConsumerRecord<String, String> dead = dlq.await(r -> poisonKey.equals(r.key()), PATIENCE);
			assertThat(dead.value()).isEqualTo("{not json");
			try (TopicProbe statuses = TopicProbe.on(Topics.ARTICLE_STATUS)) {
				ArticleStatus failed = JSON.readValue(statuses.await(r -> poisonKey.equals(r.key()), PATIENCE).value(),
						ArticleStatus.class);
				assertThat(failed.state()).isEqualTo(ArticleStatus.State.FAILED);
				assertThat(failed.stage()).isEqualTo("extract-service");
				assertThat(failed.code()).isEqualTo("InvalidEventException");
				ArticleStatus extracted = JSON.readValue(
						statuses.await(r -> good.documentId().equals(r.key()), PATIENCE).value(), ArticleStatus.class);
				assertThat(extracted.state()).isEqualTo(ArticleStatus.State.EXTRACTED);
				assertThat(extracted.fileName()).isEqualTo(good.source().fileName());
				assertThat(extracted.extractorVersion()).isNotBlank();
				assertThat(extracted.extractedAt()).isNotNull();
			}
			assertThat(TopicProbe.header(dead, FailureHeaders.REASON)).contains("not a ArticleIngested JSON event");
			assertThat(TopicProbe.header(dead, FailureHeaders.STAGE)).isEqualTo("extract-service");
			assertThat(TopicProbe.header(dead, "kafka_dlt-original-topic")).isEqualTo(Topics.ARTICLE_INGESTED);
			enriched.await(r -> good.documentId().equals(r.key()), PATIENCE);
		}
	}

	@Test
	void deadLettersAFourteenMegabyteEventWithItsReasonWithoutAnalysingItAndKeepsConsuming() throws Exception {
		// Given a topic made before the record limit was lowered, so that another producer could put 14 MB on it
		allowRecordsOfSixteenMebibytes(Topics.ARTICLE_INGESTED);
		ArticleIngested oversized = raw(fourteenMegabytes(false));
		ArticleIngested incompressible = raw(fourteenMegabytes(true));
		ArticleIngested good = raw("ASEAN defence ministers met in Vientiane (run " + UUID.randomUUID() + ").");
		String oversizedJson = JSON.writeValueAsString(oversized);
		assertThat(oversizedJson.length()).isBetween(14_000_000, 15_000_000);

		try (TopicProbe dlq = TopicProbe.on(Topics.ARTICLE_INGESTED_EXTRACT_DLQ);
				TopicProbe enriched = TopicProbe.on(Topics.ARTICLE_ENRICHED)) {
			// When the two 14 MB events and a good one arrive
			TopicProbe.publish(Topics.ARTICLE_INGESTED, oversized.documentId(), oversizedJson);
			TopicProbe.publish(Topics.ARTICLE_INGESTED, incompressible.documentId(),
					JSON.writeValueAsString(incompressible));
			TopicProbe.publish(Topics.ARTICLE_INGESTED, good.documentId(), JSON.writeValueAsString(good));

			// Then the first is dead-lettered whole, with the reason, without being analysed
			ConsumerRecord<String, String> dead = dlq.await(r -> oversized.documentId().equals(r.key()), PATIENCE);
			assertThat(dead.value()).isEqualTo(oversizedJson);
			assertThat(TopicProbe.header(dead, FailureHeaders.REASON)).matches("the event is \\d+ bytes, over the "
					+ ArticleLimits.defaults().maxEventBytes() + " an article event may have "
					+ "\\(articleflow.limits.max-record-bytes\\): not analysed");
			assertThat(TopicProbe.header(dead, FailureHeaders.STAGE)).isEqualTo("extract-service");
			assertThat(TopicProbe.header(dead, FailureHeaders.VALUE_DROPPED)).isNull();
			// the second, whose compressed batch is over the dead-letter topic's limit, without its value but with
			// where it is
			ConsumerRecord<String, String> dropped = dlq.await(r -> incompressible.documentId().equals(r.key()),
					PATIENCE);
			assertThat(dropped.value()).isNull();
			assertThat(TopicProbe.header(dropped, FailureHeaders.REASON)).startsWith("the event is ");
			assertThat(TopicProbe.header(dropped, FailureHeaders.VALUE_DROPPED)).startsWith("the ")
				.contains("-byte value was left out, as Kafka refused it as too large");
			assertThat(TopicProbe.header(dropped, "kafka_dlt-original-topic")).isEqualTo(Topics.ARTICLE_INGESTED);
			assertThat(dropped.headers().lastHeader("kafka_dlt-original-offset")).isNotNull();
			// and the stage goes on with the next record
			enriched.await(r -> good.documentId().equals(r.key()), PATIENCE);
			assertThat(enriched.drain(Duration.ofSeconds(1))).noneMatch(r -> oversized.documentId().equals(r.key())
					|| incompressible.documentId().equals(r.key()));
		}
	}

	/** Raises a topic's record limit, as a topic created with an older, larger limit has it. */
	private static void allowRecordsOfSixteenMebibytes(String topic) throws Exception {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
				KafkaTestBroker.bootstrapServers()))) {
			ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
			admin.incrementalAlterConfigs(Map.of(resource, List.of(new AlterConfigOp(
					new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, "16777216"), AlterConfigOp.OpType.SET))))
				.all()
				.get();
		}
	}

	/**
	 * Some 14 MB of text: seven million one-letter words (lz4 makes little of them), or random letters and digits in
	 * words of one to eight (lz4 leaves them as large as they are).
	 */
	private static String fourteenMegabytes(boolean random) {
		int bytes = 14_000_000;
		StringBuilder text = new StringBuilder(bytes + 64).append("Run ").append(UUID.randomUUID()).append(' ');
		Random letters = new Random(bytes);
		String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
		while (text.length() < bytes) {
			if (random) {
				for (int i = letters.nextInt(8); i >= 0; i--) {
					text.append(alphabet.charAt(letters.nextInt(alphabet.length())));
				}
				text.append(' ');
			}
			else {
				text.append(text.length() % 3 == 0 ? "I " : "a ");
			}
		}
		return text.toString();
	}

	private static ArticleIngested raw(String text) {
		return new ArticleIngested(DocumentIds.of(text), new SourceFile("file:///bucket/test.txt", "test.txt",
				"text/plain", text.length(), "sha256:" + "1".repeat(64), Map.of()), text, Instant.now(), Instant.now());
	}

}
