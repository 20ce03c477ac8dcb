package io.articleflow.launcher.status;

import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import io.articleflow.common.test.KafkaTestBroker;

import static org.assertj.core.api.Assertions.assertThat;

/** The status figures read from a real broker: lag over every partition of a group's topics, dead letters. */
class KafkaFiguresIntegrationTests {

	@Test
	void countsLagPerGroupAndTopicAndTheRecordsOfEveryDeadLetterTopic() throws Exception {
		String bootstrap = KafkaTestBroker.bootstrapServers();
		Properties config = new Properties();
		config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
		try (Admin admin = Admin.create(config); KafkaProducer<String, String> producer = producer(bootstrap)) {
			admin.createTopics(List.of(new NewTopic("status-in", 2, (short) 1),
					new NewTopic("status-in.status-group.dlq", 1, (short) 1)))
				.all()
				.get();
			for (int i = 0; i < 3; i++) {
				producer.send(new ProducerRecord<>("status-in", 0, "k", "v" + i)).get();
			}
			for (int i = 0; i < 2; i++) {
				producer.send(new ProducerRecord<>("status-in", 1, "k", "w" + i)).get();
				producer.send(new ProducerRecord<>("status-in.status-group.dlq", 0, "k", "dead" + i)).get();
			}
			// the group processed one record of partition 0 and none of partition 1
			admin.alterConsumerGroupOffsets("status-group",
					Map.of(new TopicPartition("status-in", 0), new OffsetAndMetadata(1)))
				.all()
				.get();

			KafkaFigures figures = KafkaFigures.read(bootstrap);

			assertThat(figures.lags()).contains(new KafkaFigures.GroupLag("status-group", "status-in", 0, 4));
			assertThat(figures.deadLetters())
				.contains(new KafkaFigures.DeadLetters("status-in.status-group.dlq", 2));
			assertThat(figures.deadLetters()).extracting(KafkaFigures.DeadLetters::topic)
				.allSatisfy(topic -> assertThat(topic).endsWith(".dlq"));
		}
	}

	private static KafkaProducer<String, String> producer(String bootstrap) {
		return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
				ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
				ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
	}

}
