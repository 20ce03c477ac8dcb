package io.articleflow.ingest.publish;

import java.time.Clock;

import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.messaging.Message;

import io.articleflow.common.event.ArticleIngested;
import io.articleflow.common.messaging.ArticleMessages;
import io.articleflow.common.messaging.EventCodec;

/**
 * Publishes {@link ArticleIngested} events through the {@value #BINDING} binding, which is configured
 * {@code sync: true}: {@link #publish} returns only after the broker acknowledged the record (acks=all,
 * idempotent producer) and throws when it did not, so the caller knows when the file may leave the bucket.
 */
public class ArticlePublisher {

	/** The output binding, bound to {@code article-ingested}. */
	public static final String BINDING = "articleIngested-out-0";

	static final String SOURCE = "ingest-service";

	private final StreamBridge streamBridge;

	private final EventCodec codec;

	private final Clock clock;

	public ArticlePublisher(StreamBridge streamBridge, EventCodec codec, Clock clock) {
		this.streamBridge = streamBridge;
		this.codec = codec;
		this.clock = clock;
	}

	/**
	 * Sends the event and waits for the broker's acknowledgement.
	 * @throws PublishFailedException when the broker did not acknowledge it
	 */
	public void publish(ArticleIngested event) {
		Message<byte[]> message = ArticleMessages.of(this.codec.encode(event), event.documentId(), ArticleIngested.EVENT_TYPE,
				ArticleIngested.SCHEMA, SOURCE, this.clock.instant());
		boolean sent;
		try {
			sent = this.streamBridge.send(BINDING, message);
		}
		catch (RuntimeException ex) {
			throw new PublishFailedException("Kafka did not acknowledge " + event.documentId(), ex);
		}
		if (!sent) {
			throw new PublishFailedException("Kafka did not accept " + event.documentId(), null);
		}
	}

}
