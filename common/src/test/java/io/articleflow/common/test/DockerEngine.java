package io.articleflow.common.test;

import org.testcontainers.DockerClientFactory;

/**
 * Whether a Docker engine answers, as Testcontainers sees it: the one switch between the tests that run images
 * (Kafka in {@link KafkaTestBroker}, the compose stack, the compose Prometheus) and their stand-ins without Docker.
 */
public final class DockerEngine {

	private DockerEngine() {
	}

	/** True when Testcontainers finds a Docker engine that answers. */
	public static boolean available() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
