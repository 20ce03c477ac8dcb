package io.articleflow.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import io.articleflow.monitoring.MonitoringConfigTests;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configuration {@link ComposePrometheusScrapeIntegrationTests} gives the compose Prometheus image is checked
 * here too, where no Docker engine can run that test: promtool accepts it, and only its discovery differs from
 * {@code monitoring/prometheus/prometheus.yml}.
 */
class ComposePrometheusConfigTests {

	@Test
	@SuppressWarnings("unchecked")
	void composeConfigurationWithFileDiscoveryKeepsItsIntervalsRulesAndPathAndPassesPromtool(@TempDir Path work)
			throws Exception {
		String derived = ComposePrometheusScrapeIntegrationTests.withFileDiscovery(
				Files.readString(PrometheusScrapeChecks.MONITORING.resolve("prometheus/prometheus.yml")));
		Files.writeString(work.resolve("prometheus.yml"), derived);
		Files.copy(PrometheusScrapeChecks.MONITORING.resolve("prometheus/alerts.yml"), work.resolve("alerts.yml"));
		Files.writeString(work.resolve("targets.json"), "[]");

		assertThat(MonitoringConfigTests.promtool("check", "config", work.resolve("prometheus.yml").toString()))
			.contains("SUCCESS");
		Map<String, Object> config = new Yaml().load(derived);
		assertThat(config.get("global")).isEqualTo(Map.of("scrape_interval", "10s", "evaluation_interval", "10s"));
		assertThat(config.get("rule_files")).isEqualTo(List.of("alerts.yml"));
		assertThat((List<Map<String, Object>>) config.get("scrape_configs")).singleElement()
			.isEqualTo(Map.of("job_name", "articleflow", "metrics_path", "/actuator/prometheus", "file_sd_configs",
					List.of(Map.of("files", List.of("targets.json"), "refresh_interval", "5s"))));
	}

}
