package io.articleflow.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

/**
 * A real Prometheus server (the binary of the Debian package, as {@code ./pipeline run} starts it) with the local
 * run's configuration ({@code monitoring/prometheus/prometheus-local.yml}) scrapes the running services: every
 * target is up (an exposition Prometheus cannot parse drops the whole scrape) and the pipeline's throughput and
 * latency series have samples. Skipped, saying so, where the binary is not installed.
 */
class PrometheusScrapeIntegrationTests {

	private static final Path MONITORING = Path.of(System.getProperty("articleflow.root", "..")).resolve("monitoring");

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private static RunningPipeline pipeline;

	private static Process prometheus;

	private static int port;

	private static Path log;

	@BeforeAll
	static void startPrometheus() throws IOException {
		Optional<Path> binary = prometheusBinary();
		if (binary.isEmpty()) {
			System.out.println("[prometheus] skipped: no prometheus binary on the PATH or in /usr/bin "
					+ "(Debian package 'prometheus'; .ci/run installs it)");
		}
		assumeThat(binary).as("the prometheus binary (Debian package 'prometheus')").isPresent();
		pipeline = RunningPipeline.get();
		Path work = Files.createTempDirectory("articleflow-prometheus");
		Files.copy(MONITORING.resolve("prometheus/prometheus-local.yml"), work.resolve("prometheus.yml"));
		Files.copy(MONITORING.resolve("prometheus/alerts.yml"), work.resolve("alerts.yml"));
		// what the local run's supervisor writes: one target per instance, labelled with its service
		Files.writeString(work.resolve("targets.json"), """
				[
				  {"targets": ["127.0.0.1:%d"], "labels": {"service": "ingest-service", "process": "ingest-service"}},
				  {"targets": ["127.0.0.1:%d"], "labels": {"service": "extract-service", "process": "extract-service"}},
				  {"targets": ["127.0.0.1:%d"], "labels": {"service": "index-service", "process": "index-service"}}
				]
				""".formatted(pipeline.ingest.port(), pipeline.extract.port(), pipeline.index.port()));
		port = freePort();
		log = Path.of("target", "e2e-logs", "prometheus.log");
		Files.createDirectories(log.getParent());
		prometheus = new ProcessBuilder(binary.get().toString(), "--config.file=" + work.resolve("prometheus.yml"),
				"--storage.tsdb.path=" + work.resolve("data"), "--web.listen-address=127.0.0.1:" + port)
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		await("prometheus ready").atMost(Duration.ofSeconds(60)).until(() -> {
			assertThat(prometheus.isAlive()).as("prometheus exited; see %s", log).isTrue();
			HttpResponse<String> ready = get("/-/ready");
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

	@Test
	void everyServiceIsScrapedSuccessfully() {
		await("every target up").atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			JsonNode targets = api("/api/v1/targets?state=active").get("activeTargets");
			List<String> seen = new ArrayList<>();
			for (JsonNode target : targets) {
				String service = target.get("labels").get("service").asString();
				seen.add(service);
				assertThat(target.get("health").asString())
					.as("%s: %s", service, target.get("lastError").asString())
					.isEqualTo("up");
			}
			assertThat(seen).containsExactlyInAnyOrder("ingest-service", "extract-service", "index-service");
		});
	}

	@Test
	void pipelineThroughputAndLatencySeriesHaveSamples() {
		// two scrapes at least (5 s apart) so that the rates have a value
		await("rate and latency series").atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
			assertThat(values("sum by (service) (rate(articleflow_ingest_files_total[1m]))")).hasSize(1);
			assertThat(values("sum(rate(articleflow_extract_articles_total[1m]))")).hasSize(1);
			assertThat(values("sum(rate(articleflow_index_articles_total[1m]))")).hasSize(1);
			assertThat(values("histogram_quantile(0.99, sum by (le) (articleflow_pipeline_latency_seconds_bucket))"))
				.singleElement()
				.satisfies(p99 -> assertThat(p99).isPositive());
			assertThat(values("sum(articleflow_pipeline_latency_seconds_count)")).singleElement()
				.satisfies(count -> assertThat(count).isGreaterThanOrEqualTo(pipeline.seedIds.size()));
			assertThat(values("up{job=\"articleflow\"} == 1")).hasSize(3);
		});
	}

	@Test
	void everyDashboardPanelQueryIsAcceptedByTheRunningPrometheus() throws IOException {
		// no Grafana package here: each panel's PromQL is run against the real server instead
		JsonNode dashboard = RunningPipeline.JSON
			.readTree(Files.readString(MONITORING.resolve("grafana/dashboards/articleflow.json")));
		List<String> queries = dashboard.findValues("expr").stream().map(JsonNode::asString).toList();
		assertThat(queries).hasSizeGreaterThan(10);
		await("a scrape of every target").atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(values("up{job=\"articleflow\"} == 1")).hasSize(3));
		List<String> withoutData = new ArrayList<>();
		for (String query : queries) {
			JsonNode data = api("/api/v1/query?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
			assertThat(data.get("resultType").asString()).as(query).isIn("vector", "scalar", "matrix");
			if (data.get("result").isEmpty()) {
				withoutData.add(query);
			}
		}
		System.out.printf("[prometheus] %d dashboard queries accepted, %d without data yet: %s%n", queries.size(),
				withoutData.size(), withoutData);
		assertThat(withoutData).as("panels without data").hasSizeLessThan(queries.size());
	}

	/** The values of an instant query's series. */
	private static List<Double> values(String query) throws IOException {
		JsonNode result = api("/api/v1/query?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).get("result");
		List<Double> values = new ArrayList<>();
		for (JsonNode series : result) {
			values.add(Double.parseDouble(series.get("value").get(1).asString()));
		}
		return values;
	}

	private static JsonNode api(String pathAndQuery) throws IOException {
		HttpResponse<String> response = get(pathAndQuery);
		assertThat(response).as("prometheus answers %s", pathAndQuery).isNotNull();
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return RunningPipeline.JSON.readTree(response.body()).get("data");
	}

	private static HttpResponse<String> get(String pathAndQuery) {
		try {
			return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
				.timeout(Duration.ofSeconds(10))
				.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			return null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
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
