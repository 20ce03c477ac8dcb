package io.articleflow.e2e;

import java.io.IOException;
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

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.articleflow.common.messaging.Topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What a real Prometheus must see when it scrapes the running services, whichever way it was started (the Debian
 * binary with the local run's configuration, {@link PrometheusScrapeIntegrationTests}; the compose stack's image,
 * {@link ComposePrometheusScrapeIntegrationTests}): every target up (an exposition Prometheus cannot parse drops the
 * whole scrape), the pipeline's rate, lag, dead-letter and latency series filled, and every dashboard panel's query
 * accepted. A subclass starts its Prometheus in a {@code @BeforeAll} and answers {@link #prometheus()}.
 */
abstract class PrometheusScrapeChecks {

	static final Path MONITORING = Path.of(System.getProperty("articleflow.root", "..")).resolve("monitoring");

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	/** The base URL of the Prometheus under test. */
	abstract URI prometheus();

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
	void pipelineRateLagDeadLetterAndLatencySeriesHaveSamples() throws IOException {
		int seeds = RunningPipeline.get().seedIds.size();
		// two scrapes at least (5 s apart) so that the rates have a value
		await("rate, lag, dead-letter and latency series").atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
			assertThat(values("sum by (service) (rate(articleflow_ingest_files_total[1m]))")).hasSize(1);
			assertThat(values("sum(rate(articleflow_extract_articles_total[1m]))")).hasSize(1);
			assertThat(values("sum(rate(articleflow_index_articles_total[1m]))")).hasSize(1);
			assertThat(labels("sum by (group) (spring_cloud_stream_binder_kafka_offset)", "group"))
				.contains("extract-service", "index-service");
			assertThat(labels("max by (topic) (articleflow_deadletter_depth{kind=\"waiting\"})", "topic"))
				.contains(Topics.ARTICLE_INGESTED_EXTRACT_DLQ, Topics.ARTICLE_ENRICHED_INDEX_DLQ);
			assertThat(labels("sum by (stage) (articleflow_deadletter_records_total)", "stage"))
				.contains("extract-service", "index-service");
			assertThat(values("histogram_quantile(0.99, sum by (le) (articleflow_pipeline_latency_seconds_bucket))"))
				.singleElement()
				.satisfies(p99 -> assertThat(p99).isPositive());
			assertThat(values("sum(articleflow_pipeline_latency_seconds_count)")).singleElement()
				.satisfies(count -> assertThat(count).isGreaterThanOrEqualTo(seeds));
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
	List<Double> values(String query) throws IOException {
		List<Double> values = new ArrayList<>();
		for (JsonNode series : query(query)) {
			values.add(Double.parseDouble(series.get("value").get(1).asString()));
		}
		return values;
	}

	/** One label's values over an instant query's series. */
	List<String> labels(String query, String label) throws IOException {
		List<String> values = new ArrayList<>();
		for (JsonNode series : query(query)) {
			values.add(series.get("metric").get(label).asString());
		}
		return values;
	}

	private JsonNode query(String query) throws IOException {
		return api("/api/v1/query?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).get("result");
	}

	private JsonNode api(String pathAndQuery) throws IOException {
		HttpResponse<String> response = get(prometheus(), pathAndQuery);
		assertThat(response).as("prometheus answers %s", pathAndQuery).isNotNull();
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return RunningPipeline.JSON.readTree(response.body()).get("data");
	}

	/** A GET of the Prometheus at {@code base}; null when it does not answer. */
	static HttpResponse<String> get(URI base, String pathAndQuery) {
		try {
			return HTTP.send(HttpRequest.newBuilder(URI.create(base + pathAndQuery))
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

	/**
	 * The file-discovery targets of the three running services, as the local run's supervisor writes them: one per
	 * instance, labelled with its service.
	 */
	static String targets(String host, RunningPipeline pipeline) {
		return """
				[
				  {"targets": ["%1$s:%2$d"], "labels": {"service": "ingest-service", "process": "ingest-service"}},
				  {"targets": ["%1$s:%3$d"], "labels": {"service": "extract-service", "process": "extract-service"}},
				  {"targets": ["%1$s:%4$d"], "labels": {"service": "index-service", "process": "index-service"}}
				]
				""".formatted(host, pipeline.ingest.port(), pipeline.extract.port(), pipeline.index.port());
	}

}
