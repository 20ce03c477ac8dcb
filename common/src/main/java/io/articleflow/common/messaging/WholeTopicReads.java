package io.articleflow.common.messaging;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;

/**
 * Reading a whole topic with an unassigned consumer (no group), as the readers of the compacted topics do (status
 * view, story registrations, replay ledger, reprocessing): every partition from its beginning, up to the end it had
 * when the read started.
 */
public final class WholeTopicReads {

	private WholeTopicReads() {
	}

	/** Assigns every partition of the topic, from its beginning; none when the topic is not there (yet). */
	public static List<TopicPartition> assignFromBeginning(Consumer<?, ?> consumer, String topic, Duration timeout) {
		List<PartitionInfo> infos = consumer.partitionsFor(topic, timeout);
		List<TopicPartition> partitions = infos == null ? List.of()
				: infos.stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
		consumer.assign(partitions);
		consumer.seekToBeginning(partitions);
		return partitions;
	}

	/** Whether the consumer's position is at or past the given end of every partition. */
	public static boolean reached(Consumer<?, ?> consumer, Map<TopicPartition, Long> end, Duration timeout) {
		for (Map.Entry<TopicPartition, Long> partition : end.entrySet()) {
			if (consumer.position(partition.getKey(), timeout) < partition.getValue()) {
				return false;
			}
		}
		return true;
	}

}
