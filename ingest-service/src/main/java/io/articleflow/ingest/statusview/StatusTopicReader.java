package io.articleflow.ingest.statusview;

import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

import io.articleflow.common.event.ArticleStatus;
import io.articleflow.common.messaging.EventCodec;
import io.articleflow.common.messaging.InvalidEventException;
import io.articleflow.common.messaging.WholeTopicReads;

/**
 * Reads the compacted status topic into the {@link StatusView}, from its beginning on every start (so the view
 * answers for documents processed before a restart) and then on for as long as the service runs, on a thread of its
 * own with its own consumer (no group: every instance reads every status). {@link #caughtUp()} tells when it has read
 * up to the end the topic had when it started.
 */
public final class StatusTopicReader implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(StatusTopicReader.class);

	private static final Duration POLL = Duration.ofMillis(500);

	private final Supplier<Consumer<byte[], byte[]>> consumers;

	private final String topic;

	private final StatusView view;

	private final EventCodec codec;

	private volatile boolean running;

	private volatile boolean caughtUp;

	private volatile long read;

	private Consumer<byte[], byte[]> consumer;

	private Thread reader;

	/**
	 * @param consumers makes the consumer, with byte-array deserializers and no group
	 * @param topic the compacted status topic
	 * @param view where the statuses go
	 */
	public StatusTopicReader(Supplier<Consumer<byte[], byte[]>> consumers, String topic, StatusView view,
			EventCodec codec) {
		this.consumers = consumers;
		this.topic = topic;
		this.view = view;
		this.codec = codec;
	}

	@Override
	public void start() {
		this.consumer = this.consumers.get();
		this.running = true;
		this.reader = Thread.ofPlatform().name("status-view-reader").daemon().start(this::readOn);
	}

	private void readOn() {
		long started = System.nanoTime();
		Map<TopicPartition, Long> end = null;
		try {
			while (this.running) {
				try {
					if (this.consumer.assignment().isEmpty()) {
						if (WholeTopicReads.assignFromBeginning(this.consumer, this.topic, POLL).isEmpty()) {
							sleep();
							continue;
						}
						end = this.consumer.endOffsets(this.consumer.assignment(), Duration.ofSeconds(10));
					}
					apply(this.consumer.poll(POLL));
					if (!this.caughtUp && WholeTopicReads.reached(this.consumer, end, Duration.ofSeconds(10))) {
						this.caughtUp = true;
						log.info("Read {} statuses of topic {} in {} ms: the view holds {} documents", this.read,
								this.topic, Duration.ofNanos(System.nanoTime() - started).toMillis(), this.view.size());
					}
				}
				catch (WakeupException ex) {
					// stopping
				}
				catch (KafkaException ex) {
					log.warn("Reading topic {} failed, trying again: {}", this.topic, ex.getMessage());
					sleep();
				}
			}
		}
		finally {
			this.consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
		}
	}

	private void apply(ConsumerRecords<byte[], byte[]> records) {
		for (ConsumerRecord<byte[], byte[]> record : records) {
			if (record.value() == null) {
				continue;
			}
			try {
				this.view.apply(this.codec.decode(record.value(), ArticleStatus.class));
				this.read++;
			}
			catch (InvalidEventException ex) {
				log.warn("Skipped the status at offset {} of {}: {}", record.offset(),
						record.topic() + "-" + record.partition(), ex.getMessage());
			}
		}
	}

	/** Whether the view holds every status the topic had when the service started. */
	public boolean caughtUp() {
		return this.caughtUp;
	}

	private static void sleep() {
		try {
			Thread.sleep(POLL);
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

}
