package io.articleflow.extract;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;

import io.articleflow.common.event.ArticleEnriched;
import io.articleflow.common.event.ArticleIngested;
import io.articleflow.common.event.DocumentIds;
import io.articleflow.common.event.SourceFile;
import io.articleflow.common.messaging.CloudEventHeaders;
import io.articleflow.common.messaging.FailureHeaders;
import io.articleflow.common.messaging.Topics;
import io.articleflow.common.test.EventSchemas;
import io.articleflow.common.test.KafkaIntegrationTest;
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
			assertThat(TopicProbe.header(dead, FailureHeaders.REASON)).contains("not a ArticleIngested JSON event");
			assertThat(TopicProbe.header(dead, FailureHeaders.STAGE)).isEqualTo("extract-service");
			assertThat(TopicProbe.header(dead, "kafka_dlt-original-topic")).isEqualTo(Topics.ARTICLE_INGESTED);
			enriched.await(r -> good.documentId().equals(r.key()), PATIENCE);
		}
	}

	private static ArticleIngested raw(String text) {
		return new ArticleIngested(DocumentIds.of(text), new SourceFile("file:///bucket/test.txt", "test.txt",
				"text/plain", text.length(), "sha256:" + "1".repeat(64), Map.of()), text, Instant.now(), Instant.now());
	}

}
