package io.articleflow.common.messaging;

/**
 * Headers a dead-letter record carries besides Spring Kafka's {@code kafka_dlt-*} ones: a one-line reason and the
 * stage that gave up, as plain UTF-8 strings.
 */
public final class FailureHeaders {

	/** Why processing failed: the stage's own explanation, or the root cause's class and message. */
	public static final String REASON = "x-failure-reason";

	/** The application (consumer group) that gave up on the record. */
	public static final String STAGE = "x-failure-stage";

	/**
	 * Present when the dead letter carries no value because Kafka refused it as too large: how large it was and why.
	 * The original record is still in its topic, at {@code kafka_dlt-original-partition} and {@code -offset}.
	 */
	public static final String VALUE_DROPPED = "x-failure-value-dropped";

	/**
	 * How many times the record was replayed from a dead-letter topic: {@code 1} on the first replay, and one more on
	 * each replay of the dead letter it became when it failed again (a dead letter keeps the headers of its record).
	 */
	public static final String REPLAY_ATTEMPT = "x-replay-attempt";

	/** On a raw event sent again by {@code ./pipeline reprocess}: the extractor version it is re-extracted for. */
	public static final String REPROCESS_FOR = "x-reprocess-for";

	/** The header prefix of Spring Kafka's dead-letter headers ({@code kafka_dlt-original-topic}, ...). */
	public static final String SPRING_DEAD_LETTER_PREFIX = "kafka_dlt-";

	/** Spring Kafka's header naming the topic a dead letter came from. */
	public static final String ORIGINAL_TOPIC = "kafka_dlt-original-topic";

	/** The header prefix of this project's failure headers. */
	public static final String FAILURE_PREFIX = "x-failure-";

	private FailureHeaders() {
	}

}
