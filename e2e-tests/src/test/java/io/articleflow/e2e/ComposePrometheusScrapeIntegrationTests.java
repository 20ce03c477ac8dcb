package io.articleflow.e2e;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.testcontainers.Testcontainers;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import io.articleflow.common.test.DockerEngine;

/**
 * {@link PrometheusScrapeChecks} on the compose stack's Prometheus: the image and command of docker-compose.yml's
 * {@code prometheus} service, with {@code monitoring/prometheus/prometheus.yml} and {@code alerts.yml}, scraping the
 * running services. The services run on the host here, not in compose's network, so the one change to the
 * configuration is its discovery: the compose file finds replicas through Docker's DNS, which cannot name host
 * processes; this test lists them in a {@code targets.json} (through Testcontainers' host access) and keeps the rest
 * (interval, path, rules). Runs where the project's Docker switch ({@link DockerEngine}) finds an engine; elsewhere it
 * prints that it did not run and why, and JUnit reports it skipped with that reason.
 */
class ComposePrometheusScrapeIntegrationTests extends PrometheusScrapeChecks {

	private static final Path ROOT = Path.of(System.getProperty("articleflow.root", ".."));

	private static final String HOST = "host.testcontainers.internal";

	private static GenericContainer<?> prometheus;

	@BeforeAll
	static void startComposePrometheus() throws IOException {
		Map<String, Object> service = composeService("prometheus");
		String image = (String) service.get("image");
		boolean docker = DockerEngine.available();
		if (!docker) {
			System.out.println("[prometheus-compose] NOT RUN: no Docker engine answers on this machine, so the "
					+ "compose stack's image " + image + " cannot start; PrometheusScrapeIntegrationTests runs the "
					+ "same checks (PrometheusScrapeChecks) against the Debian Prometheus binary");
		}
		Assumptions.assumeTrue(docker, "no Docker engine: the compose Prometheus image " + image
				+ " runs only where Docker is available; PrometheusScrapeIntegrationTests covers the same checks");
		RunningPipeline pipeline = RunningPipeline.get();
		Testcontainers.exposeHostPorts(pipeline.ingest.port(), pipeline.extract.port(), pipeline.index.port());
		Path work = Files.createTempDirectory("articleflow-compose-prometheus");
		Files.writeString(work.resolve("prometheus.yml"), withFileDiscovery(
				Files.readString(MONITORING.resolve("prometheus/prometheus.yml"))));
		Files.copy(MONITORING.resolve("prometheus/alerts.yml"), work.resolve("alerts.yml"));
		Files.writeString(work.resolve("targets.json"), targets(HOST, pipeline));
		@SuppressWarnings("unchecked")
		List<String> command = (List<String>) service.get("command");
		prometheus = new GenericContainer<>(DockerImageName.parse(image))
			.withCopyFileToContainer(MountableFile.forHostPath(work.resolve("prometheus.yml")),
					"/etc/prometheus/prometheus.yml")
			.withCopyFileToContainer(MountableFile.forHostPath(work.resolve("alerts.yml")), "/etc/prometheus/alerts.yml")
			.withCopyFileToContainer(MountableFile.forHostPath(work.resolve("targets.json")),
					"/etc/prometheus/targets.json")
			.withCommand(command.toArray(String[]::new))
			.withExposedPorts(9090)
			.waitingFor(Wait.forHttp("/-/ready").forPort(9090).withStartupTimeout(Duration.ofMinutes(2)));
		prometheus.start();
	}

	@AfterAll
	static void stopComposePrometheus() {
		if (prometheus != null) {
			prometheus.stop();
		}
	}

	@Override
	URI prometheus() {
		return URI.create("http://" + prometheus.getHost() + ":" + prometheus.getMappedPort(9090));
	}

	/**
	 * The compose configuration with each job's DNS discovery replaced by {@code targets.json} (whose entries carry
	 * the {@code service} label the DNS relabelling would have set).
	 */
	@SuppressWarnings("unchecked")
	static String withFileDiscovery(String composeConfig) {
		Map<String, Object> config = new Yaml().load(composeConfig);
		for (Map<String, Object> job : (List<Map<String, Object>>) config.get("scrape_configs")) {
			if (job.remove("dns_sd_configs") != null) {
				job.remove("relabel_configs");
				Map<String, Object> files = new LinkedHashMap<>();
				files.put("files", List.of("targets.json"));
				files.put("refresh_interval", "5s");
				job.put("file_sd_configs", List.of(files));
			}
		}
		DumperOptions options = new DumperOptions();
		options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
		return new Yaml(options).dump(config);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> composeService(String name) throws IOException {
		try (Reader reader = Files.newBufferedReader(ROOT.resolve("docker-compose.yml"))) {
			Map<String, Object> compose = new Yaml().load(reader);
			return (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get(name);
		}
	}

}
