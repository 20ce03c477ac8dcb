package io.articleflow.ingest.statusview;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import io.articleflow.common.event.ArticleStatus;
import io.articleflow.common.event.ArticleStatus.State;
import io.articleflow.common.event.DocumentIds;
import io.articleflow.common.messaging.EventCodec;
import io.articleflow.common.messaging.Topics;
import io.articleflow.common.test.KafkaTestBroker;
import io.articleflow.common.test.TopicProbe;
import io.articleflow.ingest.samples.SampleCorpus;
import io.articleflow.ingest.support.RunningIngestService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The status view on the real broker: ingest reports its own outcomes, the later stages' reports (published here as
 * extract-service and index-service would) move a document on, failures are listed by stage and code, and a view
 * started afresh on the same topic (as after a restart) answers for everything processed before.
 */
class StatusViewIntegrationTests extends RunningIngestService {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	@Test
	void answersWhereADroppedFileIsAsEachStageReportsIt() throws IOException {
		String name = "where-" + UUID.randomUUID() + ".txt";
		String text = "Defence ministers of ASEAN met in Hanoi. " + UUID.randomUUID();
		String id = DocumentIds.of(text);
		Files.writeString(bucket.resolve(name), text);

		await().atMost(TIMEOUT).untilAsserted(() -> assertThat(http().get("/api/status/documents/" + id).body())
			.contains("\"state\":\"INGESTED\"", "\"stage\":\"ingest-service\"", "\"files\":[\"" + name + "\"]"));
		Instant extracted = Instant.now();
		publish(new ArticleStatus(id, name, State.EXTRACTED, "extract-service", null, null, "9.9.9+kb.test", null,
				extracted, null, extracted));
		publish(new ArticleStatus(id, name, State.INDEXED, "index-service", null, null, "9.9.9+kb.test", null,
				extracted, extracted.plusMillis(5), extracted.plusMillis(5)));

		await().atMost(TIMEOUT)
			.untilAsserted(() -> assertThat(http().get("/api/status/files?name=" + encode(name)).body())
				.contains("\"state\":\"INDEXED\"", "\"extractorVersion\":\"9.9.9+kb.test\""));
		String report = http().get("/api/status/report?q=" + encode(name)).body();
		assertThat(report).startsWith("Document " + id + "\n")
			.contains("  files:     " + name + "\n", "  state:     INDEXED (index-service, ",
					"  extractor: 9.9.9+kb.test\n", "  indexed:   ");
		assertThat(http().get("/api/status/report?q=" + id).body()).isEqualTo(report);
		assertThat(http().get("/api/status/report?q=nothing-" + UUID.randomUUID()).statusCode()).isEqualTo(404);
	}

	@Test
	void listsFilesIngestRefusedByStageAndReasonWithTheirCount() throws IOException {
		String run = UUID.randomUUID().toString().substring(0, 8);
		Files.write(bucket.resolve("refused-a-" + run + ".png"), SampleCorpus.png());
		Files.write(bucket.resolve("refused-b-" + run + ".png"), SampleCorpus.png());

		await().atMost(TIMEOUT).untilAsserted(() -> assertThat(http().get("/api/status/report?q=refused-b-" + run
				+ ".png").body()).contains("state:     FAILED (ingest-service", "reason:    unsupported-type: "));

		String failures = http().get("/api/status/failures").body();
		assertThat(failures).containsPattern(
				"\\{\"stage\":\"ingest-service\",\"code\":\"unsupported-type\",\"count\":([2-9]|\\d\\d+),");
		assertThat(http().get("/api/status/report/failures").body()).contains("Failures (latest status of each document)")
			.containsPattern("  ingest-service +unsupported-type +\\d+  unsupported type image/png");
	}

	@Test
	void aViewStartedAfreshReadsEveryStatusOfTheTopicFromItsBeginning() throws IOException {
		String name = "before-restart-" + UUID.randomUUID() + ".txt";
		String text = "Vietnam and Laos signed a border protocol. " + UUID.randomUUID();
		Files.writeString(bucket.resolve(name), text);
		await().atMost(TIMEOUT).untilAsserted(
				() -> assertThat(http().get("/api/status/documents/" + DocumentIds.of(text)).statusCode()).isEqualTo(200));

		StatusView fresh = new StatusView(100_000, 4);
		Map<String, Object> config = new HashMap<>();
		config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestBroker.bootstrapServers());
		StatusTopicReader reader = new StatusTopicReader(
				() -> new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer()),
				Topics.ARTICLE_STATUS, fresh, new EventCodec(JSON));
		reader.start();
		try {
			await().atMost(TIMEOUT).until(reader::caughtUp);
			assertThat(fresh.file(name)).singleElement().satisfies(status -> {
				assertThat(status.documentId()).isEqualTo(DocumentIds.of(text));
				assertThat(status.state()).isEqualTo(State.INGESTED);
			});
		}
		finally {
			reader.stop();
		}
	}

	private static void publish(ArticleStatus status) {
		TopicProbe.publish(Topics.ARTICLE_STATUS, status.key(), JSON.writeValueAsString(status));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
