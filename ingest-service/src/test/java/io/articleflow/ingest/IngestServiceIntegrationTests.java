package io.articleflow.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.articleflow.common.event.ArticleIngested;
import io.articleflow.common.event.DocumentIds;
import io.articleflow.common.messaging.CloudEventHeaders;
import io.articleflow.common.messaging.Topics;
import io.articleflow.common.test.EventSchemas;
import io.articleflow.common.test.KafkaIntegrationTest;
import io.articleflow.common.test.TopicProbe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@KafkaIntegrationTest
class IngestServiceIntegrationTests {

	private static Path bucket;

	private static TopicProbe ingested;

	@DynamicPropertySource
	static void bucket(DynamicPropertyRegistry registry) throws IOException {
		bucket = Files.createTempDirectory("bucket");
		registry.add("ingest.bucket.path", bucket::toString);
		registry.add("ingest.bucket.poll-interval", () -> "100ms");
		registry.add("ingest.bucket.settle-time", () -> "200ms");
	}

	@BeforeAll
	static void probe() {
		ingested = TopicProbe.on(Topics.ARTICLE_INGESTED);
	}

	@AfterAll
	static void closeProbe() {
		ingested.close();
	}

	@Test
	void publishesADroppedArticleToTheBrokerAndOnlyThenMovesItToProcessed() throws IOException {
		String text = "ASEAN defence ministers met in Vientiane on " + UUID.randomUUID() + ".";
		String id = DocumentIds.of(text);
		Files.writeString(bucket.resolve("vientiane.txt"), text);

		ConsumerRecord<String, String> record = ingested.await(r -> id.equals(r.key()), Duration.ofSeconds(30));

		assertThat(EventSchemas.violations(ArticleIngested.SCHEMA, record.value())).isEmpty();
		ArticleIngested event = JsonMapper.builder().build().readValue(record.value(), ArticleIngested.class);
		assertThat(event.text()).isEqualTo(text);
		assertThat(event.source().fileName()).isEqualTo("vientiane.txt");
		assertThat(TopicProbe.header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
		assertThat(TopicProbe.header(record, CloudEventHeaders.TYPE)).isEqualTo(ArticleIngested.EVENT_TYPE);
		assertThat(TopicProbe.header(record, CloudEventHeaders.SOURCE)).isEqualTo("/articleflow/ingest-service");
		assertThat(TopicProbe.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(id);
		assertThat(TopicProbe.header(record, CloudEventHeaders.ID)).matches("[0-9a-f-]{36}");
		assertThat(TopicProbe.header(record, CloudEventHeaders.TIME)).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(bucket.resolve("processed/vientiane.txt")).exists());
		assertThat(bucket.resolve("vientiane.txt")).doesNotExist();
	}

	@Test
	void movesAnUnreadableFileToFailedWithItsReason() throws IOException {
		Files.write(bucket.resolve("scan.txt"), new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff, 0, 0x10 });

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(bucket.resolve("failed/scan.txt.error.json")).exists());

		assertThat(bucket.resolve("failed/scan.txt")).exists();
		assertThat(bucket.resolve("failed/scan.txt.error.json")).content()
			.contains("\"reason\" : \"not valid UTF-8 text", "\"stage\" : \"extract-text\"");
	}

}
