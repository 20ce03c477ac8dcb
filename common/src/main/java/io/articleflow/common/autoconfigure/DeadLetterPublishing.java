package io.articleflow.common.autoconfigure;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.function.BiFunction;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.ClassUtils;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.FixedBackOff;

import io.articleflow.common.messaging.FailureHeaders;
import io.articleflow.common.messaging.EventCodec;
import io.articleflow.common.messaging.InvalidEventException;
import io.articleflow.common.status.ArticleStatusPublisher;
import io.articleflow.common.status.DeadLetterStatus;

/**
 * Moves retries and dead-lettering from the binder into the listener container, so record and batch listeners
 * share one policy: {@link DeadLetterProperties#attempts()} tries with a pause, non-retryable failures at once,
 * then the record goes to the binding's dead-letter topic with {@code x-failure-reason} and
 * {@code x-failure-stage} headers beside Spring Kafka's {@code kafka_dlt-*} ones, and the stage moves on. A dead
 * letter Kafka refuses as too large goes again without its value (header {@code x-failure-value-dropped}), so that no
 * record, however large, can stop the stage.
 */
class DeadLetterPublishing implements ListenerContainerWithDlqAndRetryCustomizer {

	private static final Logger log = LoggerFactory.getLogger(DeadLetterPublishing.class);

	private final KafkaOperations<byte[], byte[]> template;

	private final DeadLetterProperties properties;

	private final String stage;

	private final MeterRegistry meters;

	private final ArticleStatusPublisher statuses;

	private final EventCodec codec;

	DeadLetterPublishing(KafkaOperations<byte[], byte[]> template, DeadLetterProperties properties, String stage,
			MeterRegistry meters) {
		this(template, properties, stage, meters, null, null);
	}

	/**
	 * @param statuses where the {@code FAILED} status of each dead-lettered document goes once its dead letter is
	 *     sent, or {@code null} for nowhere
	 * @param codec reads the file name and extractor version of a dead letter's value for its status
	 */
	DeadLetterPublishing(KafkaOperations<byte[], byte[]> template, DeadLetterProperties properties, String stage,
			MeterRegistry meters, ArticleStatusPublisher statuses, EventCodec codec) {
		this.template = template;
		this.properties = properties;
		this.stage = stage;
		this.meters = meters;
		this.statuses = statuses;
		this.codec = codec;
	}

	@Override
	public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName, String group,
			BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver, BackOff backOff) {
		if (dlqDestinationResolver == null) {
			log.warn("Binding on {} (group {}) has no dead-letter topic: enable it with enable-dlq", destinationName,
					group);
			return;
		}
		DeadLetterPublishingRecoverer recoverer = new ValueDroppingRecoverer(this.template, dlqDestinationResolver);
		recoverer.addHeadersFunction((record, ex) -> failureHeaders(ex));
		// registered now, so dashboards and alerts see a zero before the first dead letter
		String deadLetterTopic = dlqDestinationResolver
			.apply(new ConsumerRecord<>(destinationName, 0, 0, null, null), new IllegalStateException())
			.topic();
		Counter deadLetters = Counter.builder("articleflow.deadletter.records")
			.description("Records a stage gave up on and published to its dead-letter topic")
			.tag("stage", this.stage)
			.tag("topic", deadLetterTopic)
			.register(this.meters);
		ConsumerRecordRecoverer countingRecoverer = (record, ex) -> {
			recoverer.accept(record, ex);
			deadLetters.increment();
			if (this.statuses != null && this.codec != null) {
				this.statuses.publish(DeadLetterStatus.of(record, this.codec, this.stage, reason(ex), ex,
						Clock.systemUTC().instant()));
			}
		};
		DefaultErrorHandler handler = new DefaultErrorHandler(countingRecoverer,
				new FixedBackOff(this.properties.backoff().toMillis(), this.properties.attempts() - 1L));
		for (String name : this.properties.nonRetryable()) {
			handler.addNotRetryableExceptions(exceptionClass(name));
		}
		container.setCommonErrorHandler(handler);
	}

	@Override
	public boolean retryAndDlqInBinding(String destinationName, String group) {
		return false;
	}

	private RecordHeaders failureHeaders(Exception ex) {
		String reason = reason(ex);
		RecordHeaders headers = new RecordHeaders();
		headers.add(new RecordHeader(FailureHeaders.REASON, reason.getBytes(StandardCharsets.UTF_8)));
		headers.add(new RecordHeader(FailureHeaders.STAGE, this.stage.getBytes(StandardCharsets.UTF_8)));
		return headers;
	}

	/** Our own explanation where the stage gave one, otherwise the root cause. */
	static String reason(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof InvalidEventException) {
				return cause.getMessage();
			}
		}
		Throwable root = NestedExceptionUtils.getMostSpecificCause(ex);
		return root.getClass().getName() + ": " + root.getMessage();
	}

	@SuppressWarnings("unchecked")
	private static Class<? extends Exception> exceptionClass(String name) {
		try {
			return (Class<? extends Exception>) ClassUtils.forName(name, DeadLetterPublishing.class.getClassLoader());
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalArgumentException("articleflow.dead-letter.non-retryable names an unknown class: " + name,
					ex);
		}
	}

}
