package io.articleflow.common.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.util.MimeTypeUtils;

/**
 * Builds the messages the services publish: the payload, the document id as Kafka key (so every event of a
 * document lands on one partition, in order) and the CloudEvents binary-mode headers.
 */
public final class ArticleMessages {

	private ArticleMessages() {
	}

	/**
	 * A message for an event about one document.
	 * @param payload the event as {@link EventCodec encoded} JSON
	 * @param documentId the document the event is about: the Kafka key and {@code ce_subject}
	 * @param eventType the {@code ce_type}, e.g. {@code io.articleflow.article.ingested.v1}
	 * @param schema classpath location of the event's JSON Schema, sent as {@code ce_dataschema}
	 * @param source the producing service, sent as {@code ce_source} ({@code /articleflow/<service>})
	 * @param time when the event happened
	 */
	public static <T> Message<T> of(T payload, String documentId, String eventType, String schema, String source,
			Instant time) {
		return MessageBuilder.withPayload(payload)
			.setHeader(KafkaHeaders.KEY, documentId.getBytes(StandardCharsets.UTF_8))
			.setHeader(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0)
			.setHeader(CloudEventHeaders.ID, UUID.randomUUID().toString())
			.setHeader(CloudEventHeaders.SOURCE, "/articleflow/" + source)
			.setHeader(CloudEventHeaders.TYPE, eventType)
			.setHeader(CloudEventHeaders.TIME, time.toString())
			.setHeader(CloudEventHeaders.SUBJECT, documentId)
			.setHeader(CloudEventHeaders.DATA_SCHEMA, schema)
			.setHeader(CloudEventHeaders.CONTENT_TYPE, MimeTypeUtils.APPLICATION_JSON_VALUE)
			.setHeader(MessageHeaders.CONTENT_TYPE, MimeTypeUtils.APPLICATION_JSON_VALUE)
			.build();
	}

}
