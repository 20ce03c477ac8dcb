package io.articleflow.ingest.publish;

import java.nio.ByteBuffer;
import java.time.Clock;

import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;

import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.messaging.Message;

import io.articleflow.common.event.ArticleIngested;
import io.articleflow.common.messaging.ArticleMessages;
import io.articleflow.common.messaging.EventCodec;

/**
 * Publishes {@link ArticleIngested} events through the {@value #BINDING} binding, which is configured
 * {@code sync: true}: {@link #publish} returns only after the broker acknowledged the record (acks=all,
 * idempotent producer) and throws when it did not, so the caller knows when the file may leave the bucket. An
 * event over the record limit is refused before it is sent (and a broker refusing one as too large is reported
 * the same way), as no retry could ever send it.
 */
public class ArticlePublisher {

	/** The output binding, bound to {@code article-ingested}. */
	public static final String BINDING = "articleIngested-out-0";

	static final String SOURCE = "ingest-service";

	private final StreamBridge streamBridge;

	private final EventCodec codec;

	private final Clock clock;

	private final long maxEventBytes;

	/**
	 * @param maxEventBytes the largest encoded event sent, in bytes: the Kafka record limit less room for the
	 *     key and headers
	 */
	public ArticlePublisher(StreamBridge streamBridge, EventCodec codec, Clock clock, long maxEventBytes) {
		this.streamBridge = streamBridge;
		this.codec = codec;
		this.clock = clock;
		this.maxEventBytes = maxEventBytes;
	}

	/**
	 * Sends the event and waits for the broker's acknowledgement.
	 * @throws EventTooLargeException when the event is larger than a record may be
	 * @throws PublishFailedException when the broker did not acknowledge it
	 */
	public void publish(ArticleIngested event) {
		byte[] payload = this.codec.encode(event);
		if (payload.length > this.maxEventBytes) {
			throw new EventTooLargeException("the event would be " + payload.length + " bytes, over the "
					+ this.maxEventBytes + " bytes a Kafka record may carry (max.request.size)", null);
		}
		// a ByteBuffer, not the byte[] itself: StreamBridge's pass-through function parses a byte[] or String payload
		// as JSON on every send to see whether it is a collection (Spring Cloud Function's fluxifyInputIfNecessary),
		// about 6 % of ingest's CPU in the bench; the binding's ByteBufferSerializer sends the same bytes
		Message<ByteBuffer> message = ArticleMessages.of(ByteBuffer.wrap(payload), event.documentId(),
				ArticleIngested.EVENT_TYPE, ArticleIngested.SCHEMA, SOURCE, this.clock.instant());
		boolean sent;
		try {
			sent = this.streamBridge.send(BINDING, message);
		}
		catch (RuntimeException ex) {
			for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
				if (cause instanceof RecordTooLargeException || cause instanceof RecordBatchTooLargeException) {
					throw new EventTooLargeException("Kafka refused the " + payload.length
							+ "-byte event as too large: " + cause.getMessage(), ex);
				}
			}
			throw new PublishFailedException("Kafka did not acknowledge " + event.documentId(), ex);
		}
		if (!sent) {
			throw new PublishFailedException("Kafka did not accept " + event.documentId(), null);
		}
	}

}
