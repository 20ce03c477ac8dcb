package io.articleflow.extract.cluster.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

import io.articleflow.common.messaging.EventCodec;
import io.articleflow.common.messaging.InvalidEventException;
import io.articleflow.extract.cluster.StoryClusterRegistry;
import io.articleflow.extract.cluster.StoryClusterRegistry.RegisteredStory;
import io.articleflow.common.messaging.WholeTopicReads;

/**
 * Reads the compacted topic of story registrations into this instance's memory, from the beginning: on start until
 * it has caught up with the end the topic had then (at most the catch-up timeout, so that a clustering decision sees
 * what earlier instances registered), then in the background for as long as the service runs. It reads with its own
 * unassigned consumer (no group): every instance reads every registration. It starts before the bindings that
 * consume articles.
 */
public final class StoryRegistrationReader implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(StoryRegistrationReader.class);

	private static final Duration POLL = Duration.ofMillis(500);

	/** Earlier than Spring Cloud Stream's input bindings ({@code Integer.MAX_VALUE - 1000}). */
	static final int PHASE = 0;

	private final Supplier<Consumer<byte[], byte[]>> consumers;

	private final String topic;

	private final StoryClusterRegistry memory;

	private final EventCodec codec;

	private final Duration catchUpTimeout;

	private volatile boolean running;

	private Consumer<byte[], byte[]> consumer;

	private Thread reader;

	/**
	 * @param consumers makes the consumer, configured with byte-array deserializers and no group
	 * @param topic the compacted topic of registrations
	 * @param memory where the registrations go
	 * @param codec reads a registration's JSON
	 * @param catchUpTimeout how long {@link #start()} reads at most
	 */
	public StoryRegistrationReader(Supplier<Consumer<byte[], byte[]>> consumers, String topic,
			StoryClusterRegistry memory, EventCodec codec, Duration catchUpTimeout) {
		this.consumers = consumers;
		this.topic = topic;
		this.memory = memory;
		this.codec = codec;
		this.catchUpTimeout = catchUpTimeout;
	}

	@Override
	public void start() {
		this.consumer = this.consumers.get();
		long started = System.nanoTime();
		int read = catchUp(started + this.catchUpTimeout.toNanos());
		long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
		if (read >= 0) {
			log.info("Read {} story registrations of topic {} in {} ms", read, this.topic, millis);
		}
		else {
			log.warn("Topic {} not read to its end within {}: reading on in the background; until then a copy of a "
					+ "story registered before may start a cluster of its own", this.topic, this.catchUpTimeout);
		}
		this.running = true;
		this.reader = Thread.ofPlatform().name("story-clusters-reader").daemon().start(this::readOn);
	}

	/** Reads up to the topic's current end; how many registrations, or -1 when the deadline came first. */
	private int catchUp(long deadline) {
		int read = 0;
		Map<TopicPartition, Long> end = null;
		while (System.nanoTime() < deadline) {
			try {
				if (this.consumer.assignment().isEmpty()
						&& WholeTopicReads.assignFromBeginning(this.consumer, this.topic, POLL).isEmpty()) {
					sleep(POLL);
					continue;
				}
				if (end == null) {
					end = this.consumer.endOffsets(this.consumer.assignment(), until(deadline));
				}
				if (WholeTopicReads.reached(this.consumer, end, until(deadline))) {
					return read;
				}
				read += apply(this.consumer.poll(POLL));
			}
			catch (TimeoutException ex) {
				// a slow broker: ask again until the deadline
			}
			catch (KafkaException ex) {
				log.warn("Reading topic {} failed, trying again: {}", this.topic, ex.getMessage());
				sleep(POLL);
			}
		}
		return -1;
	}

	private static Duration until(long deadline) {
		return Duration.ofNanos(Math.max(1, deadline - System.nanoTime()));
	}

	private void readOn() {
		try {
			while (this.running) {
				try {
					if (this.consumer.assignment().isEmpty()
							&& WholeTopicReads.assignFromBeginning(this.consumer, this.topic, POLL).isEmpty()) {
						sleep(POLL);
						continue;
					}
					apply(this.consumer.poll(POLL));
				}
				catch (WakeupException ex) {
					// stopping
				}
				catch (KafkaException ex) {
					log.warn("Reading topic {} failed, trying again: {}", this.topic, ex.getMessage());
					sleep(POLL);
				}
			}
		}
		finally {
			this.consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
		}
	}

	private int apply(ConsumerRecords<byte[], byte[]> records) {
		int applied = 0;
		for (ConsumerRecord<byte[], byte[]> record : records) {
			if (record.key() == null || record.value() == null) {
				continue;
			}
			String documentId = new String(record.key(), StandardCharsets.UTF_8);
			if (this.memory.clusterOf(documentId).isPresent()) {
				// most often this instance's own registration, read back: the memory keeps the first anyway
				continue;
			}
			try {
				StoryRegistration registration = this.codec.decode(record.value(), StoryRegistration.class);
				if (registration.version() != StoryRegistration.VERSION) {
					continue;
				}
				RegisteredStory story = registration.toStory(documentId);
				this.memory.register(documentId, story.signature(), story.clusterId());
				applied++;
			}
			catch (InvalidEventException | IllegalArgumentException | NullPointerException ex) {
				log.warn("Skipped the story registration at offset {} of {}: {}", record.offset(),
						record.topic() + "-" + record.partition(), ex.getMessage());
			}
		}
		return applied;
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void stop() {
		this.running = false;
		Thread thread = this.reader;
		if (thread != null) {
			this.consumer.wakeup();
			try {
				thread.join(Duration.ofSeconds(10));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

}
