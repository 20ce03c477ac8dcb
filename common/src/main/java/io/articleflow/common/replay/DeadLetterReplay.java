package io.articleflow.common.replay;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.articleflow.common.messaging.FailureHeaders;
import io.articleflow.common.messaging.Topics;
import io.articleflow.common.messaging.WholeTopicReads;

/**
 * Re-publishes dead letters to the topic they came from ({@code kafka_dlt-original-topic}), with their original key,
 * value and headers (less the failure headers, plus {@link FailureHeaders#REPLAY_ATTEMPT} one higher than the dead
 * letter had), once each: every replayed dead letter is recorded in the compacted
 * {@value Topics#DEAD_LETTER_REPLAYS} topic under {@code <topic>/<partition>/<offset>} once the broker acknowledged
 * its replay, and a later replay skips it. A record that fails again becomes a new dead letter (at a new offset) with
 * the incremented attempt, so it can be replayed again. Reads the dead-letter topic up to the end it had when the
 * replay started. Crashing between the replay and its record re-sends that dead letter next time, which the stages'
 * upserts by document id make harmless.
 */
public class DeadLetterReplay {

	private static final Logger log = LoggerFactory.getLogger(DeadLetterReplay.class);

	private static final Duration POLL = Duration.ofMillis(500);

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final Map<String, Object> client;

	private final Clock clock;

	/** @param client the Kafka client settings: at least {@code bootstrap.servers} */
	public DeadLetterReplay(Map<String, Object> client, Clock clock) {
		this.client = Map.copyOf(client);
		this.clock = clock;
	}

	/** Replays the dead letters the request selects. */
	public ReplayResult replay(ReplayRequest request) {
		createLedgerIfMissing();
		Set<String> replayedBefore = readLedger(request.deadLetterTopic() + "/");
		long scanned = 0;
		long already = 0;
		long filtered = 0;
		long unreplayable = 0;
		Map<String, Long> byTopic = new TreeMap<>();
		try (KafkaConsumer<byte[], byte[]> consumer = consumer();
				KafkaProducer<byte[], byte[]> producer = request.dryRun() ? null : producer()) {
			List<TopicPartition> partitions = WholeTopicReads.assignFromBeginning(consumer, request.deadLetterTopic(),
					TIMEOUT);
			Map<TopicPartition, Long> end = consumer.endOffsets(partitions, TIMEOUT);
			while (!WholeTopicReads.reached(consumer, end, TIMEOUT)) {
				List<Future<?>> sends = new ArrayList<>();
				List<String> sent = new ArrayList<>();
				for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
					if (record.offset() >= end.getOrDefault(new TopicPartition(record.topic(), record.partition()),
							0L)) {
						continue;
					}
					scanned++;
					String id = record.topic() + "/" + record.partition() + "/" + record.offset();
					if (!matches(record, request)) {
						filtered++;
						continue;
					}
					if (replayedBefore.contains(id)) {
						already++;
						continue;
					}
					String target = header(record, FailureHeaders.ORIGINAL_TOPIC);
					if (target == null || record.value() == null
							|| record.headers().lastHeader(FailureHeaders.VALUE_DROPPED) != null) {
						unreplayable++;
						log.warn("Cannot replay {}: {}", id, target == null ? "no " + FailureHeaders.ORIGINAL_TOPIC
								+ " header" : "its value was dropped (read it from " + target + ")");
						continue;
					}
					byTopic.merge(target, 1L, Long::sum);
					if (producer != null) {
						sends.add(producer.send(new ProducerRecord<>(target, null, record.key(), record.value(),
								replayHeaders(record))));
						sent.add(id);
					}
				}
				if (producer != null && !sends.isEmpty()) {
					awaitAll(sends);
					List<Future<?>> recorded = new ArrayList<>();
					for (String id : sent) {
						recorded.add(producer.send(new ProducerRecord<>(Topics.DEAD_LETTER_REPLAYS,
								id.getBytes(StandardCharsets.UTF_8), ("{\"replayedAt\":\"" + this.clock.instant()
										+ "\"}").getBytes(StandardCharsets.UTF_8))));
					}
					awaitAll(recorded);
				}
			}
		}
		long replayed = byTopic.values().stream().mapToLong(Long::longValue).sum();
		ReplayResult result = new ReplayResult(request.deadLetterTopic(), request.dryRun(), scanned, replayed, already,
				filtered, unreplayable, byTopic);
		log.info("{}", result.describe().strip().replace('\n', ';'));
		return result;
	}

	private static boolean matches(ConsumerRecord<byte[], byte[]> record, ReplayRequest request) {
		if (request.since() != null && record.timestamp() < request.since().toEpochMilli()) {
			return false;
		}
		if (request.reason() != null) {
			String reason = header(record, FailureHeaders.REASON);
			return reason != null
					&& reason.toLowerCase(Locale.ROOT).contains(request.reason().toLowerCase(Locale.ROOT));
		}
		return true;
	}

	/** The dead letter's headers without its failure headers, and the replay attempt one higher. */
	static RecordHeaders replayHeaders(ConsumerRecord<byte[], byte[]> record) {
		RecordHeaders headers = new RecordHeaders();
		int attempt = 0;
		for (Header header : record.headers()) {
			String name = header.key();
			if (name.equals(FailureHeaders.REPLAY_ATTEMPT)) {
				attempt = Math.max(attempt, parse(header.value()));
			}
			else if (!name.startsWith(FailureHeaders.SPRING_DEAD_LETTER_PREFIX)
					&& !name.startsWith(FailureHeaders.FAILURE_PREFIX)) {
				headers.add(header);
			}
		}
		headers.add(new RecordHeader(FailureHeaders.REPLAY_ATTEMPT,
				Integer.toString(attempt + 1).getBytes(StandardCharsets.UTF_8)));
		return headers;
	}

	private static int parse(byte[] value) {
		try {
			return Integer.parseInt(new String(value, StandardCharsets.UTF_8).strip());
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	private Set<String> readLedger(String prefix) {
		Set<String> replayed = new HashSet<>();
		try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
			List<TopicPartition> partitions = WholeTopicReads.assignFromBeginning(consumer, Topics.DEAD_LETTER_REPLAYS,
					TIMEOUT);
			Map<TopicPartition, Long> end = consumer.endOffsets(partitions, TIMEOUT);
			while (!WholeTopicReads.reached(consumer, end, TIMEOUT)) {
				for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
					String id = record.key() == null ? "" : new String(record.key(), StandardCharsets.UTF_8);
					if (id.startsWith(prefix)) {
						replayed.add(id);
					}
				}
			}
		}
		return replayed;
	}

	private void createLedgerIfMissing() {
		try (Admin admin = Admin.create(this.client)) {
			admin.createTopics(List.of(new NewTopic(Topics.DEAD_LETTER_REPLAYS, 1, (short) -1)
				.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT))))
				.all()
				.get();
		}
		catch (ExecutionException ex) {
			if (!(ex.getCause() instanceof TopicExistsException)) {
				throw new IllegalStateException("could not create " + Topics.DEAD_LETTER_REPLAYS, ex.getCause());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

	private static void awaitAll(List<Future<?>> sends) {
		for (Future<?> send : sends) {
			try {
				send.get();
			}
			catch (ExecutionException ex) {
				throw new IllegalStateException("the broker did not acknowledge a replay: " + ex.getCause(),
						ex.getCause());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while replaying", ex);
			}
		}
	}

	private static String header(ConsumerRecord<?, ?> record, String name) {
		Header header = record.headers().lastHeader(name);
		return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
	}

	private KafkaConsumer<byte[], byte[]> consumer() {
		Map<String, Object> config = new HashMap<>(this.client);
		config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
		// dead letters may be larger than the pipeline's record limit
		config.putIfAbsent(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 32 << 20);
		config.putIfAbsent(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 32 << 20);
		return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
	}

	private KafkaProducer<byte[], byte[]> producer() {
		Map<String, Object> config = new HashMap<>(this.client);
		config.put(ProducerConfig.ACKS_CONFIG, "all");
		config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		config.putIfAbsent(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 32 << 20);
		config.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
		return new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
	}

}
