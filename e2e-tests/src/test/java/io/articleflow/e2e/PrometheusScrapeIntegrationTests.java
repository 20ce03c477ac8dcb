package io.articleflow.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

/**
 * {@link PrometheusScrapeChecks} on a real Prometheus server: the binary of the Debian package, as
 * {@code ./pipeline run} starts it, with the local run's configuration
 * ({@code monitoring/prometheus/prometheus-local.yml}). Skipped, saying so, where the binary is not installed.
 */
class PrometheusScrapeIntegrationTests extends PrometheusScrapeChecks {

	private static Process prometheus;

	private static URI url;

	@BeforeAll
	static void startPrometheus() throws IOException {
		Optional<Path> binary = prometheusBinary();
		if (binary.isEmpty()) {
			System.out.println("[prometheus] skipped: no prometheus binary on the PATH or in /usr/bin "
					+ "(Debian package 'prometheus'; .ci/run installs it)");
		}
		assumeThat(binary).as("the prometheus binary (Debian package 'prometheus')").isPresent();
		RunningPipeline pipeline = RunningPipeline.get();
		Path work = Files.createTempDirectory("articleflow-prometheus");
		Files.copy(MONITORING.resolve("prometheus/prometheus-local.yml"), work.resolve("prometheus.yml"));
		Files.copy(MONITORING.resolve("prometheus/alerts.yml"), work.resolve("alerts.yml"));
		Files.writeString(work.resolve("targets.json"), targets("127.0.0.1", pipeline));
		int port = freePort();
		url = URI.create("http://127.0.0.1:" + port);
		Path log = Path.of("target", "e2e-logs", "prometheus.log");
		Files.createDirectories(log.getParent());
		prometheus = new ProcessBuilder(binary.get().toString(), "--config.file=" + work.resolve("prometheus.yml"),
				"--storage.tsdb.path=" + work.resolve("data"), "--web.listen-address=127.0.0.1:" + port)
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		await("prometheus ready").atMost(Duration.ofSeconds(60)).until(() -> {
			assertThat(prometheus.isAlive()).as("prometheus exited; see %s", log).isTrue();
			HttpResponse<String> ready = get(url, "/-/ready");
			return ready != null && ready.statusCode() == 200;
		});
	}

	@AfterAll
	static void stopPrometheus() throws InterruptedException {
		if (prometheus != null) {
			prometheus.destroy();
			if (!prometheus.waitFor(20, TimeUnit.SECONDS)) {
				prometheus.destroyForcibly();
			}
		}
	}

	@Override
	URI prometheus() {
		return url;
	}

	private static Optional<Path> prometheusBinary() {
		String path = System.getenv().getOrDefault("PATH", "");
		return Stream.concat(Stream.of(path.split(":")).filter(dir -> !dir.isBlank()), Stream.of("/usr/bin"))
			.map(dir -> Path.of(dir, "prometheus"))
			.filter(Files::isExecutable)
			.findFirst();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
