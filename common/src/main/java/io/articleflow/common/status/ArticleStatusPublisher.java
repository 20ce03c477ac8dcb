package io.articleflow.common.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.core.KafkaOperations;

import io.articleflow.common.event.ArticleStatus;
import io.articleflow.common.messaging.CloudEventHeaders;
import io.articleflow.common.messaging.EventCodec;
import io.articleflow.common.messaging.Topics;

/**
 * Publishes a document's outcome to {@value Topics#ARTICLE_STATUS}, keyed by {@link ArticleStatus#key()}. A stage
 * calls it once its own work is done (the event published, the index committed, the dead letter sent), and it never
 * fails that work: the record is handed to the producer and the call returns; a send Kafka refuses, or one the
 * producer cannot even queue, is logged and counted ({@code articleflow.status.records{outcome="failed"}}), and not
 * tried again beyond the producer's own bounded retries ({@code delivery.timeout.ms}). The status topic is a view:
 * losing one record of it loses no article.
 */
public class ArticleStatusPublisher {

	private static final Logger log = LoggerFactory.getLogger(ArticleStatusPublisher.class);

	private final KafkaOperations<byte[], byte[]> kafka;

	private final EventCodec codec;

	private final String source;

	private final Counter sent;

	private final Counter failed;

	/**
	 * @param kafka a producer whose sends give up within bounded time ({@code max.block.ms},
	 *     {@code delivery.timeout.ms})
	 * @param source the publishing application, sent as {@code ce_source} ({@code /articleflow/<application>})
	 */
	public ArticleStatusPublisher(KafkaOperations<byte[], byte[]> kafka, EventCodec codec, String source,
			MeterRegistry meters) {
		this.kafka = kafka;
		this.codec = codec;
		this.source = source;
		this.sent = counter(meters, "sent");
		this.failed = counter(meters, "failed");
	}

	private static Counter counter(MeterRegistry meters, String outcome) {
		return Counter.builder("articleflow.status.records")
			.description("Status records a stage published to article-status, or failed to")
			.tag("outcome", outcome)
			.register(meters);
	}

	/** Hands the outcome to the producer; never throws. */
	public void publish(ArticleStatus status) {
		try {
			ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(Topics.ARTICLE_STATUS,
					status.key().getBytes(StandardCharsets.UTF_8), this.codec.encode(status));
			header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
			header(record, CloudEventHeaders.ID, UUID.randomUUID().toString());
			header(record, CloudEventHeaders.TYPE, ArticleStatus.EVENT_TYPE);
			header(record, CloudEventHeaders.SOURCE, "/articleflow/" + this.source);
			header(record, CloudEventHeaders.TIME, status.at().toString());
			header(record, CloudEventHeaders.SUBJECT, status.key());
			header(record, CloudEventHeaders.DATA_SCHEMA, ArticleStatus.SCHEMA);
			header(record, CloudEventHeaders.CONTENT_TYPE, "application/json");
			this.kafka.send(record).whenComplete((result, ex) -> {
				if (ex == null) {
					this.sent.increment();
				}
				else {
					failed(status, ex);
				}
			});
		}
		catch (RuntimeException ex) {
			failed(status, ex);
		}
	}

	private void failed(ArticleStatus status, Throwable ex) {
		this.failed.increment();
		log.warn("Could not publish the status {} of {} to {}: {}", status.state(), status.key(),
				Topics.ARTICLE_STATUS, ex.toString());
	}

	private static void header(ProducerRecord<byte[], byte[]> record, String name, String value) {
		record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
	}

}
