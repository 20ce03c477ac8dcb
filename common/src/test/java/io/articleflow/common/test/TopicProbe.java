package io.articleflow.common.test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A plain Kafka client on a topic of the test broker, independent of Spring: reading what a service published
 * through it proves the service talked to the real broker, not to an in-memory binder.
 */
public final class TopicProbe implements AutoCloseable {

	private final KafkaConsumer<String, String> consumer;

	private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

	private TopicProbe(String topic) {
		this.consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
				KafkaTestBroker.bootstrapServers(), ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID(),
				ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest", ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
				// partitions a binder adds after the probe subscribed are seen within a second
				ConsumerConfig.METADATA_MAX_AGE_CONFIG, 1000),
				new StringDeserializer(), new StringDeserializer());
		this.consumer.subscribe(List.of(topic));
	}

	/** A probe that reads the topic from its beginning. */
	public static TopicProbe on(String topic) {
		return new TopicProbe(topic);
	}

	/**
	 * Polls until a record matching the predicate has arrived, and returns it.
	 * @throws AssertionError when none arrives within the timeout
	 */
	public ConsumerRecord<String, String> await(Predicate<ConsumerRecord<String, String>> matching,
			Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			for (ConsumerRecord<String, String> record : this.seen) {
				if (matching.test(record)) {
					return record;
				}
			}
			this.consumer.poll(Duration.ofMillis(200)).forEach(this.seen::add);
		}
		throw new AssertionError("no matching record within " + timeout + "; saw " + this.seen.size() + " records");
	}

	/** Every record read so far, after polling for the given time. */
	public List<ConsumerRecord<String, String>> drain(Duration duration) {
		long deadline = System.nanoTime() + duration.toNanos();
		while (System.nanoTime() < deadline) {
			this.consumer.poll(Duration.ofMillis(200)).forEach(this.seen::add);
		}
		return List.copyOf(this.seen);
	}

	/** A header's value as the UTF-8 string a consumer in any language would read. */
	public static String header(ConsumerRecord<?, ?> record, String name) {
		Header header = record.headers().lastHeader(name);
		return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
	}

	/**
	 * Publishes a raw record with a plain producer, e.g. a poison pill no service would produce; it may be larger than
	 * the pipeline's record limit (up to 32 MiB, lz4-compressed), as another producer's could be.
	 */
	public static void publish(String topic, String key, String value) {
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestBroker.bootstrapServers(),
						ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 32 << 20, ProducerConfig.BUFFER_MEMORY_CONFIG, 64L << 20,
						ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4"),
				new StringSerializer(), new StringSerializer())) {
			producer.send(new ProducerRecord<>(topic, key, value)).get();
		}
		catch (Exception ex) {
			throw new IllegalStateException("could not publish to " + topic, ex);
		}
	}

	@Override
	public void close() {
		this.consumer.close();
	}

}
