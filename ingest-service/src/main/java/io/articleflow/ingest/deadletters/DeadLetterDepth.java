package io.articleflow.ingest.deadletters;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.articleflow.common.messaging.Topics;
import io.articleflow.common.messaging.WholeTopicReads;

/**
 * Measures every dead-letter topic ({@code *.dlq}) of the broker: the dead letters it holds and how many of them
 * waiting for a replay (held less those the {@value Topics#DEAD_LETTER_REPLAYS} ledger says were replayed), as the
 * gauges {@code articleflow.deadletter.depth{topic, kind="held"|"waiting"}}. {@link #refresh()} runs every
 * half minute; a broker that does not answer leaves the last figures and logs why.
 */
public class DeadLetterDepth {

	private static final Logger log = LoggerFactory.getLogger(DeadLetterDepth.class);

	private static final long TIMEOUT_SECONDS = 10;

	private final Admin admin;

	private final Consumer<byte[], byte[]> ledger;

	private final MeterRegistry meters;

	private final Map<String, Long> held = new ConcurrentHashMap<>();

	private final Map<String, Long> replayed = new ConcurrentHashMap<>();

	private boolean ledgerAssigned;

	/**
	 * @param admin lists the topics and their offsets
	 * @param ledger a consumer without group for the replay ledger
	 */
	public DeadLetterDepth(Admin admin, Supplier<Consumer<byte[], byte[]>> ledger, MeterRegistry meters) {
		this.admin = admin;
		this.ledger = ledger.get();
		this.meters = meters;
		// the pipeline's own dead-letter topics from the start, so that dashboards and alerts see a zero
		for (String topic : List.of(Topics.ARTICLE_INGESTED_EXTRACT_DLQ, Topics.ARTICLE_ENRICHED_INDEX_DLQ)) {
			this.held.put(topic, 0L);
			register(topic);
		}
	}

	/** Reads the topics' offsets and the ledger's new records, and updates the gauges. */
	public synchronized void refresh() {
		try {
			Set<String> topics = this.admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
				.stream()
				.filter(name -> name.endsWith(".dlq"))
				.collect(Collectors.toSet());
			if (!topics.isEmpty()) {
				measure(topics);
			}
			readLedger();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (Exception ex) {
			log.warn("Could not measure the dead-letter topics: {}", ex.toString());
		}
	}

	private void measure(Set<String> topics) throws Exception {
		Map<String, TopicDescription> described = this.admin.describeTopics(topics)
			.allTopicNames()
			.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
		Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
		Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
		described.values().forEach(topic -> topic.partitions().forEach(partition -> {
			TopicPartition tp = new TopicPartition(topic.name(), partition.partition());
			earliest.put(tp, OffsetSpec.earliest());
			latest.put(tp, OffsetSpec.latest());
		}));
		Map<TopicPartition, ListOffsetsResultInfo> start = this.admin.listOffsets(earliest)
			.all()
			.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
		Map<TopicPartition, ListOffsetsResultInfo> end = this.admin.listOffsets(latest)
			.all()
			.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
		Map<String, Long> counts = new HashMap<>();
		end.forEach((tp, info) -> counts.merge(tp.topic(), info.offset() - start.get(tp).offset(), Long::sum));
		counts.forEach((topic, count) -> {
			if (this.held.put(topic, count) == null) {
				register(topic);
			}
		});
	}

	private void register(String topic) {
		Gauge.builder("articleflow.deadletter.depth", this.held, held -> held.getOrDefault(topic, 0L))
			.description("Dead letters a dead-letter topic holds (kind=held) and those not replayed yet (kind=waiting)")
			.tag("topic", topic)
			.tag("kind", "held")
			.register(this.meters);
		Gauge.builder("articleflow.deadletter.depth", this, depth -> depth.waiting(topic))
			.description("Dead letters a dead-letter topic holds (kind=held) and those not replayed yet (kind=waiting)")
			.tag("topic", topic)
			.tag("kind", "waiting")
			.register(this.meters);
	}

	/** Dead letters of the topic not replayed yet. */
	double waiting(String topic) {
		return Math.max(0, this.held.getOrDefault(topic, 0L) - this.replayed.getOrDefault(topic, 0L));
	}

	private void readLedger() {
		if (!this.ledgerAssigned) {
			if (WholeTopicReads.assignFromBeginning(this.ledger, Topics.DEAD_LETTER_REPLAYS, Duration.ofSeconds(5))
				.isEmpty()) {
				return;
			}
			this.ledgerAssigned = true;
		}
		for (int polls = 0; polls < 100; polls++) {
			var records = this.ledger.poll(Duration.ofMillis(200));
			if (records.isEmpty()) {
				return;
			}
			for (ConsumerRecord<byte[], byte[]> record : records) {
				String key = record.key() == null ? "" : new String(record.key(), StandardCharsets.UTF_8);
				int slash = key.indexOf('/');
				if (slash > 0) {
					this.replayed.merge(key.substring(0, slash), 1L, Long::sum);
				}
			}
		}
	}

	/** Stops the clients. */
	public synchronized void close() {
		this.ledger.close();
		this.admin.close(Duration.ofSeconds(5));
	}

}
