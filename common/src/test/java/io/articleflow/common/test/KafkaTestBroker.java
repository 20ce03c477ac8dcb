package io.articleflow.common.test;

import java.util.Map;

import org.testcontainers.kafka.KafkaContainer;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * The one switch that gives integration tests a real Kafka broker, shared by every test of a JVM:
 * <ol>
 * <li>an external broker when {@code ARTICLEFLOW_TEST_KAFKA} (environment) or {@code articleflow.test.kafka}
 * (system property) holds its bootstrap address;</li>
 * <li>otherwise Testcontainers Kafka when a Docker engine answers;</li>
 * <li>otherwise an in-JVM single-node KRaft broker from spring-kafka-test.</li>
 * </ol>
 * Which one was chosen is printed, so a test log always says what it ran against.
 */
public final class KafkaTestBroker {

	/** The Apache Kafka image used where Docker is available; the same broker line as the local run. */
	public static final String KAFKA_IMAGE = "apache/kafka:4.1.0";

	/** As many partitions as the services ask for, so auto-created topics need no resize. */
	private static final int PARTITIONS = 6;

	/** The record limit of the pipeline's brokers ({@code articleflow.limits.max-record-bytes}). */
	private static final String MAX_RECORD_BYTES = "8388608";

	private static String bootstrapServers;

	private KafkaTestBroker() {
	}

	/** The bootstrap address of the shared broker, started on first use and stopped when the JVM exits. */
	public static synchronized String bootstrapServers() {
		if (bootstrapServers == null) {
			bootstrapServers = start();
		}
		return bootstrapServers;
	}

	private static String start() {
		String external = System.getProperty("articleflow.test.kafka", System.getenv("ARTICLEFLOW_TEST_KAFKA"));
		if (external != null && !external.isBlank()) {
			System.out.println("[kafka-test-broker] using the external broker at " + external);
			return external;
		}
		if (DockerEngine.available()) {
			KafkaContainer container = new KafkaContainer(KAFKA_IMAGE).withEnv("KAFKA_MESSAGE_MAX_BYTES", MAX_RECORD_BYTES);
			container.start();
			Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "kafka-test-broker-stop"));
			System.out.println("[kafka-test-broker] using Testcontainers " + KAFKA_IMAGE + " at "
					+ container.getBootstrapServers());
			return container.getBootstrapServers();
		}
		EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, PARTITIONS);
		broker.brokerProperties(Map.of("group.initial.rebalance.delay.ms", "0", "auto.create.topics.enable", "true",
				"message.max.bytes", MAX_RECORD_BYTES));
		broker.afterPropertiesSet();
		Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy, "kafka-test-broker-stop"));
		System.out.println("[kafka-test-broker] no Docker engine: using an in-JVM KRaft broker at "
				+ broker.getBrokersAsString());
		return broker.getBrokersAsString();
	}

}
