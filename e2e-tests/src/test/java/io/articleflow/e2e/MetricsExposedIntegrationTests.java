package io.articleflow.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every metric the Grafana dashboard and the alert rules query is exposed by a running service, after the seeds
 * went through: a renamed meter breaks this test, not the operators' dashboards in production.
 */
class MetricsExposedIntegrationTests {

	private static final Path MONITORING = Path.of(System.getProperty("articleflow.root", "..")).resolve("monitoring");

	private static final Pattern METRIC = Pattern
		.compile("\\b((?:articleflow|spring_cloud_stream|jvm|process|kafka)_[a-z0-9_]+)\\b");

	private static RunningPipeline pipeline;

	@BeforeAll
	static void startPipeline() throws IOException {
		pipeline = RunningPipeline.get();
	}

	@Test
	void everyMetricOfTheDashboardAndTheAlertsIsExposed() throws IOException {
		Set<String> queried = new TreeSet<>();
		queried.addAll(metricsIn(MONITORING.resolve("grafana/dashboards/articleflow.json")));
		queried.addAll(metricsIn(MONITORING.resolve("prometheus/alerts.yml")));
		String exposed = scrape(pipeline.ingest) + scrape(pipeline.extract) + scrape(pipeline.index);

		assertThat(queried).hasSizeGreaterThan(10);
		assertThat(queried).allSatisfy(metric -> assertThat(exposed)
			.as("metric %s queried by the dashboard or alerts", metric)
			.containsPattern("(?m)^" + metric + "[{ ]"));
	}

	@Test
	void endToEndLatencyHistogramObservedEverySeed() {
		Matcher count = Pattern.compile("(?m)^articleflow_pipeline_latency_seconds_count\\{[^}]*} ([0-9.E]+)$")
			.matcher(scrape(pipeline.index));

		assertThat(count.find()).as("articleflow_pipeline_latency_seconds_count exposed").isTrue();
		assertThat(Double.parseDouble(count.group(1))).isGreaterThanOrEqualTo(5);
	}

	@Test
	void openMetricsScrapeCarriesExemplarsOnlyOnBucketsAndCounters() {
		// what Prometheus asks for first; before 2.43 it drops the whole scrape over an exemplar on a _count line
		String accept = "application/openmetrics-text;version=1.0.0;q=0.9,text/plain;version=0.0.4;q=0.5";
		for (ServiceProcess service : List.of(pipeline.ingest, pipeline.extract, pipeline.index)) {
			var response = service.get("/actuator/prometheus", accept);
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
					type -> assertThat(type).startsWith("application/openmetrics-text"));
			assertThat(response.body().lines().filter(line -> !line.startsWith("#") && line.contains(" # {")))
				.as("lines with an exemplar")
				.allSatisfy(line -> assertThat(line).containsPattern("^[a-z0-9_]+_(bucket|total)\\{"));
		}
	}

	private static Set<String> metricsIn(Path file) throws IOException {
		Set<String> metrics = new TreeSet<>();
		Matcher matcher = METRIC.matcher(Files.readString(file));
		while (matcher.find()) {
			metrics.add(matcher.group(1));
		}
		return metrics;
	}

	private static String scrape(ServiceProcess service) {
		var response = service.get("/actuator/prometheus");
		assertThat(response).isNotNull();
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

}
