package io.articleflow.common.autoconfigure;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

import io.articleflow.common.messaging.FailureHeaders;

/**
 * A {@link DeadLetterPublishingRecoverer} that cannot be stopped by the size of a record: when Kafka refuses a dead
 * letter as too large (the producer's {@code max.request.size} or the dead-letter topic's {@code max.message.bytes}),
 * it publishes it again with the same key and headers but without its value, and says so in
 * {@value FailureHeaders#VALUE_DROPPED}. Without this, the record would be retried and refused for ever and the stage
 * would never get past it. The original stays in its topic, at the offset the {@code kafka_dlt-original-*} headers
 * give. Any other failure to publish is thrown, so the record is tried again.
 */
class ValueDroppingRecoverer extends DeadLetterPublishingRecoverer {

	private static final Logger log = LoggerFactory.getLogger(ValueDroppingRecoverer.class);

	ValueDroppingRecoverer(KafkaOperations<?, ?> template,
			BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> destinationResolver) {
		super(template, destinationResolver);
	}

	@Override
	protected void publish(ProducerRecord<Object, Object> outRecord, KafkaOperations<Object, Object> kafkaTemplate,
			ConsumerRecord<?, ?> inRecord) {
		try {
			send(outRecord, kafkaTemplate);
		}
		catch (KafkaException ex) {
			if (!tooLarge(ex)) {
				throw ex;
			}
			int bytes = inRecord.serializedValueSize();
			log.warn("The dead letter of {}-{}@{} ({} bytes) is too large for Kafka: publishing it without its value",
					inRecord.topic(), inRecord.partition(), inRecord.offset(), bytes);
			RecordHeaders headers = new RecordHeaders(outRecord.headers().toArray());
			headers.add(FailureHeaders.VALUE_DROPPED, ("the " + bytes + "-byte value was left out, as Kafka refused "
					+ "it as too large (" + rootMessage(ex) + ")").getBytes(StandardCharsets.UTF_8));
			send(new ProducerRecord<>(outRecord.topic(), outRecord.partition(), outRecord.timestamp(), outRecord.key(),
					null, headers), kafkaTemplate);
		}
	}

	/** Sends and waits for the broker's acknowledgement, as the recoverer does, keeping the cause of a failure. */
	private void send(ProducerRecord<Object, Object> record, KafkaOperations<Object, Object> kafkaTemplate) {
		String what = "dead-letter publication to " + record.topic();
		try {
			kafkaTemplate.send(record).get(determineSendTimeout(kafkaTemplate).toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (ExecutionException ex) {
			throw new KafkaException(what + " failed", ex.getCause());
		}
		catch (TimeoutException ex) {
			throw new KafkaException(what + " was not acknowledged in time", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new KafkaException(what + " was interrupted", ex);
		}
		catch (RuntimeException ex) {
			throw new KafkaException(what + " failed", ex);
		}
	}

	private static boolean tooLarge(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof RecordTooLargeException || cause instanceof RecordBatchTooLargeException) {
				return true;
			}
		}
		return false;
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return root.getMessage();
	}

}
