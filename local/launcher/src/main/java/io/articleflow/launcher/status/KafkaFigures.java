package io.articleflow.launcher.status;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * What the broker knows about the pipeline: per consumer group and topic the members and the lag (records not
 * yet committed), and the records waiting in every dead-letter topic ({@code *.dlq}).
 */
public final class KafkaFigures {

	/** The lag of one group on one topic. */
	public record GroupLag(String group, String topic, int members, long lag) {
	}

	/** The records of one dead-letter topic. */
	public record DeadLetters(String topic, long records) {
	}

	private static final long TIMEOUT_SECONDS = 5;

	private final List<GroupLag> lags;

	private final List<DeadLetters> deadLetters;

	private KafkaFigures(List<GroupLag> lags, List<DeadLetters> deadLetters) {
		this.lags = lags;
		this.deadLetters = deadLetters;
	}

	/** Figures known already (the report's tests). */
	public static KafkaFigures of(List<GroupLag> lags, List<DeadLetters> deadLetters) {
		return new KafkaFigures(List.copyOf(lags), List.copyOf(deadLetters));
	}

	public List<GroupLag> lags() {
		return this.lags;
	}

	public List<DeadLetters> deadLetters() {
		return this.deadLetters;
	}

	/**
	 * Asks the broker.
	 * @throws TimeoutException when it does not answer within a few seconds
	 */
	public static KafkaFigures read(String bootstrapServers)
			throws InterruptedException, ExecutionException, TimeoutException {
		Properties config = new Properties();
		config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
		config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "3000");
		config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "5000");
		try (Admin admin = Admin.create(config)) {
			return new KafkaFigures(lags(admin), deadLetters(admin));
		}
	}

	private static List<GroupLag> lags(Admin admin) throws InterruptedException, ExecutionException, TimeoutException {
		@SuppressWarnings("deprecation") // listGroups() is not in every client this runs on (the broker's jars)
		Collection<ConsumerGroupListing> listings = admin.listConsumerGroups().all().get(TIMEOUT_SECONDS,
				TimeUnit.SECONDS);
		List<String> groups = listings.stream().map(ConsumerGroupListing::groupId).sorted().toList();
		if (groups.isEmpty()) {
			return List.of();
		}
		Map<String, ConsumerGroupDescription> descriptions = admin.describeConsumerGroups(groups)
			.all()
			.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
		Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = new HashMap<>();
		for (String group : groups) {
			committed.put(group, admin.listConsumerGroupOffsets(group)
				.partitionsToOffsetAndMetadata()
				.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
		}
		// the lag counts every partition of the topic, also those the group never committed on
		Set<String> topics = committed.values()
			.stream()
			.flatMap(offsets -> offsets.keySet().stream().map(TopicPartition::topic))
			.collect(Collectors.toSet());
		Map<TopicPartition, Long> ends = endOffsets(admin, partitionsOf(admin, topics), OffsetSpec.latest());
		List<GroupLag> lags = new ArrayList<>();
		for (String group : groups) {
			Map<TopicPartition, OffsetAndMetadata> offsets = committed.get(group);
			Set<String> groupTopics = offsets.keySet().stream().map(TopicPartition::topic).collect(Collectors.toSet());
			for (String topic : groupTopics.stream().sorted().toList()) {
				long lag = 0;
				for (var end : ends.entrySet()) {
					if (end.getKey().topic().equals(topic)) {
						OffsetAndMetadata at = offsets.get(end.getKey());
						lag += end.getValue() - (at == null ? 0 : at.offset());
					}
				}
				lags.add(new GroupLag(group, topic, descriptions.get(group).members().size(), lag));
			}
		}
		return lags;
	}

	private static List<DeadLetters> deadLetters(Admin admin)
			throws InterruptedException, ExecutionException, TimeoutException {
		Set<String> topics = admin.listTopics()
			.names()
			.get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
			.stream()
			.filter(name -> name.endsWith(".dlq"))
			.collect(Collectors.toSet());
		List<TopicPartition> partitions = partitionsOf(admin, topics);
		Map<TopicPartition, Long> ends = endOffsets(admin, partitions, OffsetSpec.latest());
		Map<TopicPartition, Long> starts = endOffsets(admin, partitions, OffsetSpec.earliest());
		return topics.stream()
			.sorted()
			.map(topic -> new DeadLetters(topic, ends.entrySet()
				.stream()
				.filter(end -> end.getKey().topic().equals(topic))
				.mapToLong(end -> end.getValue() - starts.getOrDefault(end.getKey(), 0L))
				.sum()))
			.toList();
	}

	private static List<TopicPartition> partitionsOf(Admin admin, Set<String> topics)
			throws InterruptedException, ExecutionException, TimeoutException {
		if (topics.isEmpty()) {
			return List.of();
		}
		return admin.describeTopics(topics)
			.allTopicNames()
			.get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
			.values()
			.stream()
			.flatMap(description -> description.partitions()
				.stream()
				.map(partition -> new TopicPartition(description.name(), partition.partition())))
			.toList();
	}

	private static Map<TopicPartition, Long> endOffsets(Admin admin, List<TopicPartition> partitions, OffsetSpec spec)
			throws InterruptedException, ExecutionException, TimeoutException {
		if (partitions.isEmpty()) {
			return Map.of();
		}
		return admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> spec)))
			.all()
			.get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
	}

}
