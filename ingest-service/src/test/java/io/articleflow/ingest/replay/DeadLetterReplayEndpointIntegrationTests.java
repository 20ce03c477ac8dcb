package io.articleflow.ingest.replay;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.articleflow.common.messaging.FailureHeaders;
import io.articleflow.common.messaging.Topics;
import io.articleflow.common.test.KafkaTestBroker;
import io.articleflow.common.test.TopicProbe;
import io.articleflow.ingest.deadletters.DeadLetterDepth;
import io.articleflow.ingest.support.RunningIngestService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/admin/replay} on the real broker: behind the API token, it sends a dead letter back to the topic
 * its headers name, with its key, without its failure headers and with its replay attempt; a dry run sends nothing;
 * the depth gauges count the dead letter as waiting until it is replayed.
 */
class DeadLetterReplayEndpointIntegrationTests extends RunningIngestService {

	@Autowired
	DeadLetterDepth depth;

	@Test
	void replaysADeadLetterToItsOriginalTopicWithItsKeyOnceBehindTheToken() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String target = "replay-target-" + run;
		String key = "doc-" + run;
		deadLetter(Topics.ARTICLE_INGESTED_EXTRACT_DLQ, key, "{\"documentId\":\"" + key + "\"}",
				Map.of(FailureHeaders.ORIGINAL_TOPIC, target, FailureHeaders.REASON, "boom " + run,
						"kafka_dlt-original-offset", "7", "ce_type", "io.articleflow.article.ingested.v1"));
		String path = "/api/admin/replay?topic=" + Topics.ARTICLE_INGESTED_EXTRACT_DLQ + "&reason=boom+" + run;

		assertThat(http(null).post(path, "text/plain", new byte[0]).statusCode()).isEqualTo(401);
		String dry = http().post(path + "&dryRun=true", "text/plain", new byte[0]).body();
		this.depth.refresh();
		String before = http().get("/actuator/prometheus").body();
		String replayed = http().post(path, "text/plain", new byte[0]).body();
		String again = http().post(path, "text/plain", new byte[0]).body();
		this.depth.refresh();
		String after = http().get("/actuator/prometheus").body();

		assertThat(dry).contains("\"dryRun\":true", "\"replayed\":1");
		assertThat(replayed).contains("\"dryRun\":false", "\"replayed\":1", "\"byTopic\":{\"" + target + "\":1}");
		assertThat(again).contains("\"replayed\":0", "\"alreadyReplayed\":1");
		String gauge = "articleflow_deadletter_depth{application=\"ingest-service\",kind=\"%s\",topic=\""
				+ Topics.ARTICLE_INGESTED_EXTRACT_DLQ + "\"} %s";
		assertThat(before).contains(gauge.formatted("held", "1.0"), gauge.formatted("waiting", "1.0"));
		assertThat(after).contains(gauge.formatted("held", "1.0"), gauge.formatted("waiting", "0.0"));
		try (TopicProbe probe = TopicProbe.on(target)) {
			List<ConsumerRecord<String, String>> records = probe.drain(Duration.ofSeconds(3));
			assertThat(records).singleElement().satisfies(record -> {
				assertThat(record.key()).isEqualTo(key);
				assertThat(record.value()).isEqualTo("{\"documentId\":\"" + key + "\"}");
				assertThat(TopicProbe.header(record, FailureHeaders.REPLAY_ATTEMPT)).isEqualTo("1");
				assertThat(TopicProbe.header(record, "ce_type")).isEqualTo("io.articleflow.article.ingested.v1");
				assertThat(TopicProbe.header(record, FailureHeaders.REASON)).isNull();
				assertThat(TopicProbe.header(record, "kafka_dlt-original-offset")).isNull();
			});
		}
	}

	@Test
	void refusesATopicThatIsNotADeadLetterTopic() {
		assertThat(http().post("/api/admin/replay?topic=" + Topics.ARTICLE_INGESTED, "text/plain", new byte[0])
			.statusCode()).isEqualTo(400);
	}

	private static void deadLetter(String topic, String key, String value, Map<String, String> headers)
			throws Exception {
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestBroker.bootstrapServers()),
				new StringSerializer(), new StringSerializer())) {
			ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
			headers.forEach((name, text) -> record.headers()
				.add(new RecordHeader(name, text.getBytes(StandardCharsets.UTF_8))));
			producer.send(record).get();
		}
	}

}
