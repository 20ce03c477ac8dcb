package io.articleflow.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Copies the values of a topic's records whose key is one of a set of document ids into a file, one per line (the
 * events are compact JSON: no line breaks inside), each id once. A plain consumer without a group, from the first
 * offset to the end the topic had when the dump began.
 */
final class TopicDump {

	private TopicDump() {
	}

	/**
	 * @param limit the most values written
	 * @return how many values were written
	 */
	static int dump(String bootstrapServers, String topic, Set<String> documentIds, int limit, Path target)
			throws IOException {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 * 1024 * 1024, ConsumerConfig.FETCH_MAX_BYTES_CONFIG,
				64 * 1024 * 1024, ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		Set<String> written = new HashSet<>();
		Files.createDirectories(target.toAbsolutePath().getParent());
		try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(),
				new ByteArrayDeserializer());
				OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 20)) {
			List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30))
				.stream()
				.map(info -> new TopicPartition(topic, info.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
			while (written.size() < limit && !reached(consumer, end)) {
				for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofSeconds(1))) {
					String key = record.key() == null ? "" : new String(record.key(), StandardCharsets.UTF_8);
					if (record.value() != null && documentIds.contains(key) && written.size() < limit
							&& written.add(key)) {
						out.write(record.value());
						out.write('\n');
					}
				}
			}
		}
		return written.size();
	}

	private static boolean reached(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
		for (Map.Entry<TopicPartition, Long> partition : end.entrySet()) {
			if (consumer.position(partition.getKey()) < partition.getValue()) {
				return false;
			}
		}
		return true;
	}

}
