package io.articleflow.common.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.messaging.MessagingException;

import io.articleflow.common.event.ArticleStatus;
import io.articleflow.common.messaging.EventCodec;
import io.articleflow.common.messaging.InvalidEventException;

/**
 * The {@link ArticleStatus.State#FAILED} status of a record a stage dead-lettered: the document id is the record's
 * key, and the file name, extractor version and earlier stage times are read from the value when it is an article
 * event (a value that is not is no obstacle: those fields stay empty).
 */
public final class DeadLetterStatus {

	private DeadLetterStatus() {
	}

	/**
	 * @param stage the application that gave up
	 * @param reason the one-line reason the dead letter carries
	 * @param failure what made it give up
	 * @param at when
	 */
	public static ArticleStatus of(ConsumerRecord<?, ?> record, EventCodec codec, String stage, String reason,
			Throwable failure, Instant at) {
		ArticleFields fields = fields(record.value(), codec);
		String documentId = text(record.key());
		if (documentId == null) {
			documentId = fields.documentId();
		}
		String fileName = fields.source() != null ? fields.source().fileName() : null;
		return new ArticleStatus(documentId, fileName == null && documentId == null ? "unknown" : fileName,
				ArticleStatus.State.FAILED, stage, code(failure), reason, fields.extractorVersion(),
				fields.ingestedAt(), fields.enrichedAt(), null, at);
	}

	/** The simple class name of the first cause that is not one of the listener container's wrappers. */
	static String code(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (!(cause instanceof ListenerExecutionFailedException || cause instanceof BatchListenerFailedException
					|| cause instanceof MessagingException)) {
				return cause.getClass().getSimpleName();
			}
		}
		return failure == null ? null : failure.getClass().getSimpleName();
	}

	private static ArticleFields fields(Object value, EventCodec codec) {
		byte[] bytes = value instanceof byte[] b ? b
				: value instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : null;
		if (bytes == null) {
			return ArticleFields.NONE;
		}
		try {
			ArticleFields fields = codec.decode(bytes, ArticleFields.class);
			return fields == null ? ArticleFields.NONE : fields;
		}
		catch (InvalidEventException | IllegalArgumentException ex) {
			return ArticleFields.NONE;
		}
	}

	private static String text(Object key) {
		if (key instanceof byte[] bytes) {
			return new String(bytes, StandardCharsets.UTF_8);
		}
		return key == null ? null : key.toString();
	}

	/** What a status needs of an article event, raw or enriched. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record ArticleFields(String documentId, Source source, String extractorVersion, Instant ingestedAt,
			Instant enrichedAt) {

		static final ArticleFields NONE = new ArticleFields(null, null, null, null, null);

	}

	/** The file of an article event. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Source(String fileName) {
	}

}
