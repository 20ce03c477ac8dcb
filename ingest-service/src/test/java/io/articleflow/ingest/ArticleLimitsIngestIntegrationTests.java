package io.articleflow.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import io.articleflow.common.event.ArticleIngested;
import io.articleflow.common.event.DocumentIds;
import io.articleflow.common.limits.ArticleLimits;
import io.articleflow.common.messaging.Topics;
import io.articleflow.common.test.KafkaIntegrationTest;
import io.articleflow.common.test.TopicProbe;
import io.articleflow.ingest.bucket.IngestFailure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service with the pipeline's default limits on the real broker: a plain-text file within ingest's file-size
 * limit but with more text than extract-service analyses is refused with its reason, and the longest text allowed
 * is published whole (its record fits every Kafka limit of the pipeline).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@KafkaIntegrationTest
class ArticleLimitsIngestIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static Path bucket;

	@Autowired
	ArticleLimits limits;

	@DynamicPropertySource
	static void bucket(DynamicPropertyRegistry registry) throws IOException {
		Path work = Files.createTempDirectory("ingest-limits-it");
		Runtime.getRuntime().addShutdownHook(new Thread(() -> FileSystemUtils.deleteRecursively(work.toFile())));
		bucket = work.resolve("bucket");
		registry.add("ingest.bucket.path", bucket::toString);
		registry.add("ingest.bucket.poll-interval", () -> "100ms");
		registry.add("ingest.bucket.settle-time", () -> "300ms");
	}

	@Test
	void refusesAPlainTextFileOfFourAndAHalfMegabytesAsMoreTextThanAnArticleMayHave() throws IOException {
		// Given a well-formed 4.5 MB text file, under the 32 MB file limit
		String run = UUID.randomUUID().toString();
		String text = text(4_500_000, run);
		Files.createDirectories(bucket);

		try (TopicProbe ingested = TopicProbe.on(Topics.ARTICLE_INGESTED)) {
			// When it is dropped into the bucket
			Files.writeString(bucket.resolve("long.txt"), text);

			// Then it goes to failed/ with the reason, and nothing is published for it
			Path sidecar = bucket.resolve("failed/long.txt.error.json");
			await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(sidecar).exists());
			IngestFailure failure = JSON.readValue(sidecar.toFile(), IngestFailure.class);
			assertThat(failure.code()).isEqualTo("text-too-large");
			assertThat(failure.reason()).isEqualTo("the text is longer than " + this.limits.maxCharacters()
					+ " characters, the most one event carries (articleflow.limits.max-characters)");
			assertThat(bucket.resolve("failed/long.txt")).exists();
			assertThat(ingested.drain(Duration.ofSeconds(2))).noneMatch(record -> record.value().contains(run));
		}
	}

	@Test
	void publishesTheLongestTextAllowedWhole() throws IOException {
		// Given a file of just under the character limit
		String run = UUID.randomUUID().toString();
		String text = text(this.limits.maxCharacters() - 1000, run);
		Files.createDirectories(bucket);

		try (TopicProbe ingested = TopicProbe.on(Topics.ARTICLE_INGESTED)) {
			Files.writeString(bucket.resolve("longest.txt"), text);

			// Then its event reaches the broker with all of its text
			ConsumerRecord<String, String> record = ingested.await(r -> r.value().contains(run),
					Duration.ofSeconds(60));
			ArticleIngested event = JSON.readValue(record.value(), ArticleIngested.class);
			assertThat(event.text()).isEqualTo(text);
			assertThat(record.key()).isEqualTo(DocumentIds.of(text));
			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> assertThat(bucket.resolve("processed/longest.txt")).exists());
		}
	}

	/** Article-like prose of the given length, with a marker that makes it unique to the run. */
	private static String text(int characters, String run) {
		StringBuilder text = new StringBuilder(characters + 200).append("Run ").append(run).append(".\n\n");
		for (int i = 0; text.length() < characters; i++) {
			text.append("Delegates of the regional forum met in the capital for the ").append(i)
				.append("th session and agreed to meet again next year.");
			text.append(i % 8 == 7 ? "\n\n" : " ");
		}
		text.setLength(characters - 1);
		return text.toString().stripTrailing() + ".";
	}

}
