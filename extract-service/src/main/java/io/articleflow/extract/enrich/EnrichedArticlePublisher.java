package io.articleflow.extract.enrich;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import io.articleflow.common.event.ArticleEnriched;
import io.articleflow.common.limits.ArticleLimits;
import io.articleflow.common.messaging.ArticleMessages;
import io.articleflow.common.messaging.EventCodec;

/**
 * Publishes enriched articles without waiting for each: {@link #send} hands the event to the producer and returns,
 * so the events of a batch travel together (one request per partition instead of one round trip per article), and
 * {@link #awaitAll} then waits until the broker acknowledged every one of them (acks=all, idempotent producer), in
 * the batch's order. The records carry the same key and CloudEvents headers as every event of the pipeline.
 */
public class EnrichedArticlePublisher {

	static final String SOURCE = "extract-service";

	private final KafkaOperations<byte[], byte[]> kafka;

	private final String topic;

	private final EventCodec codec;

	private final Duration sendTimeout;

	private final long maxEventBytes;

	/**
	 * A publisher of events up to the default {@link ArticleLimits#maxEventBytes()}.
	 * @param kafka a producer configured as the binder's (see {@code PipelineProducerConfig})
	 * @param topic where enriched articles go
	 * @param sendTimeout how long {@link #awaitAll} waits for the acknowledgements of a batch
	 */
	public EnrichedArticlePublisher(KafkaOperations<byte[], byte[]> kafka, String topic, EventCodec codec,
			Duration sendTimeout) {
		this(kafka, topic, codec, sendTimeout, ArticleLimits.defaults().maxEventBytes());
	}

	/**
	 * @param kafka a producer configured as the binder's (see {@code PipelineProducerConfig})
	 * @param topic where enriched articles go
	 * @param sendTimeout how long {@link #awaitAll} waits for the acknowledgements of a batch
	 * @param maxEventBytes the largest encoded event sent: a larger one fails before it is sent, as no retry could
	 *     send it
	 */
	public EnrichedArticlePublisher(KafkaOperations<byte[], byte[]> kafka, String topic, EventCodec codec,
			Duration sendTimeout, long maxEventBytes) {
		this.maxEventBytes = maxEventBytes;
		this.kafka = kafka;
		this.topic = topic;
		this.codec = codec;
		this.sendTimeout = sendTimeout;
	}

	/**
	 * Sends the event; the future completes when the broker acknowledged it, or failed to.
	 * @throws ArticleTooLargeException when the encoded event is larger than a record may be
	 */
	public CompletableFuture<?> send(ArticleEnriched enriched) {
		byte[] payload = this.codec.encode(enriched);
		if (payload.length > this.maxEventBytes) {
			throw new ArticleTooLargeException("the enriched event of " + enriched.documentId() + " would be "
					+ payload.length + " bytes, over the " + this.maxEventBytes
					+ " a record may carry (articleflow.limits.max-record-bytes)");
		}
		Message<byte[]> message = ArticleMessages.of(payload, enriched.documentId(),
				ArticleEnriched.EVENT_TYPE, ArticleEnriched.SCHEMA, SOURCE, enriched.enrichedAt());
		return this.kafka.send(MessageBuilder.fromMessage(message).setHeader(KafkaHeaders.TOPIC, this.topic).build());
	}

	/**
	 * Waits until the broker acknowledged every sent event.
	 * @param sent the futures of {@link #send}, the i-th for record i of the batch
	 * @throws BatchListenerFailedException naming the first record whose event was not acknowledged in time: the
	 *     records before it may have their offsets committed, it and the ones after are processed again
	 */
	public void awaitAll(List<CompletableFuture<?>> sent) {
		long deadline = System.nanoTime() + this.sendTimeout.toNanos();
		for (int i = 0; i < sent.size(); i++) {
			try {
				sent.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
			}
			catch (ExecutionException ex) {
				throw notAcknowledged(i, "the broker refused it: " + ex.getCause().getMessage(), ex.getCause());
			}
			catch (TimeoutException ex) {
				throw notAcknowledged(i, "no acknowledgement within " + this.sendTimeout.toMillis() + " ms", ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw notAcknowledged(i, "interrupted while waiting for the acknowledgement", ex);
			}
		}
	}

	private BatchListenerFailedException notAcknowledged(int index, String why, Throwable cause) {
		return new BatchListenerFailedException("the enriched event of record " + index + " of the batch was not "
				+ "published to " + this.topic + ": " + why, cause, index);
	}

}
