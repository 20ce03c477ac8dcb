package io.articleflow.monitoring;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Prometheus configuration, the alert rules and their unit tests are checked by Prometheus' own promtool
 * (Debian package {@code prometheus}, installed by CI); the Grafana dashboard is checked for what Grafana needs to
 * provision it.
 */
public class MonitoringConfigTests {

	static final Path MONITORING = Path.of(System.getProperty("articleflow.root", "..")).resolve("monitoring");

	@Test
	void prometheusConfigurationsAreValid() throws Exception {
		assertThat(promtool("check", "config", "prometheus/prometheus.yml")).contains("SUCCESS");
		assertThat(promtool("check", "config", "prometheus/prometheus-local.yml")).contains("SUCCESS");
	}

	@Test
	void alertRulesAreValid() throws Exception {
		assertThat(promtool("check", "rules", "prometheus/alerts.yml")).contains("SUCCESS: 6 rules found");
	}

	@Test
	void alertRulesPassTheirUnitTests() throws Exception {
		assertThat(promtool("test", "rules", "prometheus/alerts-test.yml")).contains("SUCCESS");
	}

	@Test
	void dashboardIsProvisionableAndEveryPanelQueriesTheProvisionedDatasource() throws IOException {
		JsonNode dashboard = JsonMapper.builder().build().readTree(MONITORING.resolve("grafana/dashboards/articleflow.json").toFile());

		assertThat(dashboard.get("uid").asString()).isEqualTo("articleflow");
		List<String> panelIds = new ArrayList<>();
		for (JsonNode panel : dashboard.get("panels")) {
			panelIds.add(panel.get("id").asString());
			assertThat(panel.get("datasource").get("uid").asString()).isEqualTo("prometheus");
			assertThat(panel.get("targets")).isNotEmpty()
				.allSatisfy(target -> assertThat(target.get("expr").asString()).isNotBlank());
		}
		assertThat(panelIds).doesNotHaveDuplicates();
		assertThat(Files.readString(MONITORING.resolve("grafana/provisioning/datasources/prometheus.yml")))
			.contains("uid: prometheus");
	}

	/** Runs promtool in the monitoring folder and returns its output; fails with a clear message without it. */
	public static String promtool(String... arguments) throws IOException, InterruptedException {
		Path promtool = Path.of("/usr/bin/promtool");
		assertThat(promtool).as("promtool is missing: install the Debian package 'prometheus' (.ci/run does)")
			.isExecutable();
		List<String> command = new ArrayList<>(List.of(promtool.toString()));
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).directory(MONITORING.toFile()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(output).isZero();
		return output;
	}

}
