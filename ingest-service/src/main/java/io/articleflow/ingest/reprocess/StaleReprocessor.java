package io.articleflow.ingest.reprocess;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import io.articleflow.common.event.ArticleStatus;
import io.articleflow.common.messaging.EventCodec;
import io.articleflow.common.messaging.FailureHeaders;
import io.articleflow.common.messaging.InvalidEventException;
import io.articleflow.common.messaging.Topics;
import io.articleflow.common.messaging.WholeTopicReads;

/**
 * Re-extracts the articles whose enriched event carries another extractor version than the running one, without the
 * bucket: the stale documents are those whose latest status ({@value Topics#ARTICLE_STATUS}, extracted or indexed)
 * names another version; each one's raw event is read back from the compacted {@value Topics#ARTICLE_INGESTED} topic
 * and sent there again, unchanged but for the {@link FailureHeaders#REPROCESS_FOR} header, so extract-service
 * enriches it anew and index-service replaces the document (same id: no duplicate). Then it follows the status topic
 * until each is indexed with the running version, reporting progress. Memory: the ids of the stale documents.
 */
public class StaleReprocessor {

	private static final Duration POLL = Duration.ofMillis(500);

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final Map<String, Object> client;

	private final EventCodec codec;

	/** @param client the Kafka client settings: at least {@code bootstrap.servers} */
	public StaleReprocessor(Map<String, Object> client, EventCodec codec) {
		this.client = Map.copyOf(client);
		this.codec = codec;
	}

	/**
	 * The documents to re-extract.
	 *
	 * @param stale the ids of the documents extracted by another version
	 * @param byVersion how many documents each extractor version enriched, the running one included
	 * @param statusEnd where the status topic ended when the plan was made: progress is read from there
	 */
	public record Plan(Set<String> stale, Map<String, Long> byVersion, Map<TopicPartition, Long> statusEnd) {
	}

	/** Reads every document's latest status and picks those another extractor version enriched. */
	public Plan plan(String runningVersion) {
		Map<String, String> versions = new HashMap<>();
		Map<TopicPartition, Long> end;
		try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
			end = readAll(consumer, Topics.ARTICLE_STATUS, record -> {
				ArticleStatus status = status(record);
				if (status == null || status.documentId() == null) {
					return;
				}
				if ((status.state() == ArticleStatus.State.EXTRACTED || status.state() == ArticleStatus.State.INDEXED)
						&& status.extractorVersion() != null) {
					versions.put(status.documentId(), status.extractorVersion());
				}
				else if (status.state() == ArticleStatus.State.FAILED) {
					// failed since: a replay's business, not a reprocess's
					versions.remove(status.documentId());
				}
			});
		}
		Set<String> stale = new HashSet<>();
		Map<String, Long> byVersion = new TreeMap<>();
		versions.forEach((id, version) -> {
			byVersion.merge(version, 1L, Long::sum);
			if (!version.equals(runningVersion)) {
				stale.add(id);
			}
		});
		return new Plan(stale, byVersion, end);
	}

	/**
	 * Sends the raw event of each stale document to {@value Topics#ARTICLE_INGESTED} again, once.
	 * @return the ids sent; a stale document whose raw event the topic no longer holds is not among them
	 */
	public Set<String> resend(Set<String> stale, String runningVersion) {
		Set<String> waiting = new HashSet<>(stale);
		Set<String> sent = new HashSet<>();
		try (KafkaConsumer<byte[], byte[]> consumer = consumer();
				KafkaProducer<byte[], byte[]> producer = producer()) {
			Map<String, ConsumerRecord<byte[], byte[]>> latest = new HashMap<>();
			readAll(consumer, Topics.ARTICLE_INGESTED, record -> {
				String id = record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
				if (id != null && waiting.contains(id) && record.value() != null) {
					// the topic's head is not compacted yet: the latest record of a key wins
					latest.put(id, record);
				}
			});
			List<Future<?>> sends = new java.util.ArrayList<>();
			latest.forEach((id, record) -> {
				ProducerRecord<byte[], byte[]> again = new ProducerRecord<>(Topics.ARTICLE_INGESTED, null,
						record.key(), record.value(), record.headers());
				again.headers().remove(FailureHeaders.REPROCESS_FOR);
				again.headers()
					.add(new RecordHeader(FailureHeaders.REPROCESS_FOR, runningVersion.getBytes(StandardCharsets.UTF_8)));
				sends.add(producer.send(again));
				sent.add(id);
			});
			for (Future<?> send : sends) {
				send.get();
			}
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("the broker did not acknowledge a raw event sent again: " + ex.getCause(),
					ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
		return sent;
	}

	/**
	 * Follows the status topic from the plan's end until every sent document is indexed with the running version, or
	 * the timeout passes.
	 * @param progress told the number of documents done after each poll that moved it on
	 * @return the ids not done within the timeout
	 */
	public Set<String> awaitIndexed(Plan plan, Set<String> sent, String runningVersion, Duration timeout,
			java.util.function.LongConsumer progress) {
		Set<String> pending = new HashSet<>(sent);
		long deadline = System.nanoTime() + timeout.toNanos();
		try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
			consumer.assign(plan.statusEnd().keySet());
			plan.statusEnd().forEach(consumer::seek);
			while (!pending.isEmpty() && System.nanoTime() < deadline) {
				int before = pending.size();
				for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
					ArticleStatus status = status(record);
					if (status != null && status.state() == ArticleStatus.State.INDEXED
							&& runningVersion.equals(status.extractorVersion())) {
						pending.remove(status.documentId());
					}
				}
				if (pending.size() != before) {
					progress.accept(sent.size() - pending.size());
				}
			}
		}
		return pending;
	}

	private ArticleStatus status(ConsumerRecord<byte[], byte[]> record) {
		if (record.value() == null) {
			return null;
		}
		try {
			return this.codec.decode(record.value(), ArticleStatus.class);
		}
		catch (InvalidEventException ex) {
			return null;
		}
	}

	/** Reads the topic from its beginning to the end it has now; returns that end. */
	private static Map<TopicPartition, Long> readAll(KafkaConsumer<byte[], byte[]> consumer, String topic,
			Consumer<ConsumerRecord<byte[], byte[]>> each) {
		List<TopicPartition> partitions = WholeTopicReads.assignFromBeginning(consumer, topic, TIMEOUT);
		Map<TopicPartition, Long> end = consumer.endOffsets(partitions, TIMEOUT);
		while (!WholeTopicReads.reached(consumer, end, TIMEOUT)) {
			for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
				if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
					each.accept(record);
				}
			}
		}
		return end;
	}

	private KafkaConsumer<byte[], byte[]> consumer() {
		Map<String, Object> config = new HashMap<>(this.client);
		config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
		config.putIfAbsent(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 << 20);
		return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
	}

	private KafkaProducer<byte[], byte[]> producer() {
		Map<String, Object> config = new HashMap<>(this.client);
		config.put(ProducerConfig.ACKS_CONFIG, "all");
		config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		config.putIfAbsent(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 8 << 20);
		config.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
		return new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
	}

}
