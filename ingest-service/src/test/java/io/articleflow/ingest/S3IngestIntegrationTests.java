package io.articleflow.ingest;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.articleflow.common.event.ArticleIngested;
import io.articleflow.common.messaging.Topics;
import io.articleflow.common.test.EventSchemas;
import io.articleflow.common.test.KafkaIntegrationTest;
import io.articleflow.common.test.TopicProbe;
import io.articleflow.ingest.bucket.IngestFailure;
import io.articleflow.ingest.bucket.S3MockProcess;
import io.articleflow.ingest.samples.SampleCorpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The whole service on an S3 bucket (S3Mock, through the real AWS SDK) and the real broker. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@KafkaIntegrationTest
class S3IngestIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String BUCKET = "articles-" + UUID.randomUUID().toString().substring(0, 8);

	private static S3Client s3;

	private static TopicProbe ingested;

	@DynamicPropertySource
	static void s3Bucket(DynamicPropertyRegistry registry) {
		S3MockProcess server = S3MockProcess.shared();
		s3 = server.client();
		s3.createBucket(request -> request.bucket(BUCKET));
		registry.add("ingest.bucket.type", () -> "s3");
		registry.add("ingest.bucket.poll-interval", () -> "200ms");
		registry.add("ingest.s3.bucket", () -> BUCKET);
		registry.add("ingest.s3.prefix", () -> "incoming");
		registry.add("ingest.s3.endpoint", () -> server.endpoint().toString());
		registry.add("ingest.s3.path-style-access", () -> "true");
		registry.add("ingest.s3.region", () -> S3MockProcess.REGION);
	}

	@BeforeAll
	static void probe() {
		ingested = TopicProbe.on(Topics.ARTICLE_INGESTED);
	}

	@AfterAll
	static void close() {
		ingested.close();
		s3.close();
	}

	@Test
	void publishesAnObjectDroppedUnderThePrefixAndThenMovesItToProcessed() throws IOException {
		String name = "vientiane-" + UUID.randomUUID() + ".odt";
		byte[] odt = SampleCorpus.odt("Laos chairs ASEAN defence meeting\n\nVientiane hosted the ministers in 2024.",
				"Laos chairs ASEAN", "Khamphone Sisouk", "2024-01-29T09:00:00");
		put("incoming/" + name, odt);

		ConsumerRecord<String, String> record = ingested.await(r -> r.value().contains("/incoming/" + name + "\""),
				Duration.ofSeconds(30));

		assertThat(EventSchemas.violations(ArticleIngested.SCHEMA, record.value())).isEmpty();
		ArticleIngested event = JSON.readValue(record.value(), ArticleIngested.class);
		assertThat(event.source().uri()).isEqualTo("s3://" + BUCKET + "/incoming/" + name);
		assertThat(event.source().mediaType()).isEqualTo("application/vnd.oasis.opendocument.text");
		assertThat(event.source().byteSize()).isEqualTo(odt.length);
		assertThat(event.text()).isEqualTo("Laos chairs ASEAN defence meeting\nVientiane hosted the ministers in 2024.");
		assertThat(event.source().metadata()).containsEntry("title", "Laos chairs ASEAN");
		// the object's LastModified, which S3 sets when the object is written: just now
		assertThat(Instant.parse(event.source().documentDate()))
			.isBetween(Instant.now().minusSeconds(120), Instant.now().plusSeconds(5));
		await().atMost(Duration.ofSeconds(10)).untilAsserted(
				() -> assertThat(keys()).contains("incoming/processed/" + name).doesNotContain("incoming/" + name));
	}

	@Test
	void movesAnObjectItCannotReadToFailedWithASidecarAndKeepsFlowing() throws IOException {
		String bad = "truncated-" + UUID.randomUUID() + ".pdf";
		byte[] pdf = SampleCorpus.pdf("ASEAN", "ASEAN", "Ahmad Yani", SampleCorpus.date(2024, 3, 14), null);
		put("incoming/" + bad, java.util.Arrays.copyOf(pdf, pdf.length / 2));

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(keys()).contains("incoming/failed/" + bad + ".error.json"));

		IngestFailure failure = JSON.readValue(s3.getObjectAsBytes(request -> request.bucket(BUCKET)
			.key("incoming/failed/" + bad + ".error.json")).asByteArray(), IngestFailure.class);
		assertThat(failure.code()).isEqualTo("parse-error");
		assertThat(failure.reason()).startsWith("damaged or unreadable pdf document");
		assertThat(keys()).contains("incoming/failed/" + bad).doesNotContain("incoming/" + bad);

		String good = "after-" + UUID.randomUUID() + ".txt";
		put("incoming/" + good, ("ASEAN keeps flowing " + good).getBytes());
		ingested.await(r -> r.value().contains("/incoming/" + good + "\""), Duration.ofSeconds(30));
	}

	private static void put(String key, byte[] content) {
		s3.putObject(request -> request.bucket(BUCKET).key(key), RequestBody.fromBytes(content));
	}

	private static List<String> keys() {
		return s3.listObjectsV2(request -> request.bucket(BUCKET)).contents().stream().map(S3Object::key).toList();
	}

}
