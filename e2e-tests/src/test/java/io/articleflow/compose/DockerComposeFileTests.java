package io.articleflow.compose;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Static checks of docker-compose.yml, for machines without a Docker engine (like ours): the file parses, every
 * service is wired the way the README promises, and every file it mounts exists. Where Docker exists,
 * {@link DockerComposeStackIntegrationTests} starts the stack for real.
 */
class DockerComposeFileTests {

	static final Path ROOT = Path.of(System.getProperty("articleflow.root", ".."));

	private static Map<String, Map<String, Object>> services;

	@BeforeAll
	@SuppressWarnings("unchecked")
	static void parse() throws IOException {
		try (Reader reader = Files.newBufferedReader(ROOT.resolve("docker-compose.yml"))) {
			Map<String, Object> compose = new Yaml().load(reader);
			services = (Map<String, Map<String, Object>>) compose.get("services");
		}
	}

	@Test
	void runsTheWholeStack() {
		assertThat(services).containsOnlyKeys("kafka", "minio", "minio-bucket", "ingest-service", "extract-service",
				"index-service", "opensearch", "opensearch-dashboards", "prometheus", "grafana", "jaeger");
	}

	@Test
	void everyLongRunningServiceHasAHealthcheckAndAMemoryLimit() {
		services.forEach((name, service) -> {
			assertThat(service).as(name).containsKey("mem_limit");
			if (!name.equals("minio-bucket")) {
				assertThat(service).as(name).containsKey("healthcheck");
			}
		});
	}

	@Test
	@SuppressWarnings("unchecked")
	void startupWaitsOnlyOnConditionsThatCanBeMet() {
		services.forEach((name, service) -> {
			Map<String, Map<String, String>> dependsOn = (Map<String, Map<String, String>>) service
				.getOrDefault("depends_on", Map.of());
			dependsOn.forEach((dependency, condition) -> {
				assertThat(services).as("%s depends on %s", name, dependency).containsKey(dependency);
				String expected = services.get(dependency).containsKey("healthcheck") ? "service_healthy"
						: "service_completed_successfully";
				assertThat(condition.get("condition")).as("%s waits for %s", name, dependency).isEqualTo(expected);
			});
		});
		assertThat(dependencies("ingest-service")).containsOnlyKeys("kafka", "minio-bucket");
		assertThat(dependencies("extract-service")).containsOnlyKeys("kafka");
		assertThat(dependencies("index-service")).containsOnlyKeys("kafka", "opensearch");
		assertThat(dependencies("opensearch-dashboards")).containsOnlyKeys("opensearch");
	}

	@Test
	void indexServiceKeepsItsArticlesInTheOpenSearchNodeOfTheStack() {
		assertThat(environment("index-service")).containsEntry("ARTICLEFLOW_INDEX_BACKEND", "opensearch")
			.containsEntry("ARTICLEFLOW_INDEX_OPENSEARCH_URIS", "http://opensearch:9200")
			.doesNotContainKey("INDEX_LUCENE_PATH");
		assertThat(services.get("index-service")).doesNotContainKey("volumes");
	}

	@Test
	@SuppressWarnings("unchecked")
	void openSearchIsOneBoundedNodeWithoutTheSecurityPluginReachableOnlyFromTheHostsLoopback() {
		Map<String, Object> opensearch = services.get("opensearch");
		assertThat(opensearch.get("image")).isEqualTo("opensearchproject/opensearch:3.3.0");
		assertThat(environment("opensearch")).containsEntry("discovery.type", "single-node")
			.containsEntry("DISABLE_SECURITY_PLUGIN", "true")
			.containsEntry("OPENSEARCH_JAVA_OPTS", "-Xms512m -Xmx512m")
			.containsEntry("cluster.routing.allocation.disk.threshold_enabled", "false");
		assertThat(opensearch.get("mem_limit")).isEqualTo("1g");
		assertThat((List<String>) opensearch.get("volumes")).containsExactly("opensearch-data:/usr/share/opensearch/data");
		assertThat(healthcheck("opensearch")).contains("/_cluster/health?wait_for_status=yellow");
		assertThat((List<String>) opensearch.get("ports")).containsExactly("127.0.0.1:9200:9200");

		Map<String, Object> dashboards = services.get("opensearch-dashboards");
		assertThat(dashboards.get("image")).isEqualTo("opensearchproject/opensearch-dashboards:3.3.0");
		assertThat(environment("opensearch-dashboards")).containsEntry("OPENSEARCH_HOSTS", "[\"http://opensearch:9200\"]")
			.containsEntry("DISABLE_SECURITY_DASHBOARDS_PLUGIN", "true");
		assertThat(dashboards.get("mem_limit")).isEqualTo("1g");
		assertThat(healthcheck("opensearch-dashboards")).contains("http://localhost:5601/api/status");
		assertThat((List<String>) dashboards.get("ports")).containsExactly("127.0.0.1:5601:5601");
	}

	@Test
	void theStacksOpenSearchIsTheImageTheTestsRunAgainstWhereDockerExists() throws IOException {
		String testNode = Files.readString(ROOT.resolve(
				"index-service/opensearch-tests/src/test/java/io/articleflow/index/store/opensearch/OpenSearchTestNode.java"));
		assertThat(testNode).contains("IMAGE = \"" + services.get("opensearch").get("image") + "\"");
	}

	@Test
	void theThreeServicesAreBuiltFromThisRepositoryAndTalkToKafkaAndTheTraceBackend() {
		for (String name : List.of("ingest-service", "extract-service", "index-service")) {
			assertThat(services.get(name).get("build")).as(name)
				.isEqualTo(Map.of("context", ".", "args", Map.of("SERVICE", name)));
			assertThat(environment(name)).as(name)
				.containsEntry("KAFKA_BOOTSTRAP_SERVERS", "kafka:9092")
				.containsEntry("MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT", "http://jaeger:4318/v1/traces");
		}
		assertThat(ROOT.resolve("Dockerfile")).exists();
	}

	@Test
	void ingestReadsTheMinioBucketThatTheOneShotServiceCreates() {
		assertThat(environment("ingest-service")).containsEntry("INGEST_BUCKET_TYPE", "s3")
			.containsEntry("INGEST_S3_BUCKET", "articles")
			.containsEntry("INGEST_S3_ENDPOINT", "http://minio:9000")
			.containsEntry("INGEST_S3_PATHSTYLEACCESS", "true");
		assertThat(services.get("minio-bucket").get("command").toString()).contains("mc mb --ignore-existing local/articles");
	}

	@Test
	void extractServiceCanBeScaledBecauseItBindsNoHostPort() {
		assertThat(services.get("extract-service")).doesNotContainKey("ports");
		assertThat(environment("kafka")).containsEntry("KAFKA_NUM_PARTITIONS", 6);
	}

	@Test
	void brokerAcceptsTheRecordSizeTheServicesProduce() throws IOException {
		assertThat(environment("kafka")).containsEntry("KAFKA_MESSAGE_MAX_BYTES", 8388608);
		String defaults = Files.readString(ROOT.resolve("common/src/main/resources/articleflow-defaults.yml"));
		assertThat(defaults).contains("max-record-bytes: 8388608")
			.contains("max.request.size: ${articleflow.limits.max-record-bytes}");
		assertThat(Files.readString(ROOT.resolve("local/kafka/server.properties")))
			.contains("message.max.bytes=8388608");
	}

	@Test
	void servicesListenOnEveryInterfaceOfTheirContainerAndNeedAnApiTokenForActions() {
		for (String service : List.of("ingest-service", "extract-service", "index-service")) {
			assertThat(environment(service)).as(service)
				.containsEntry("SERVER_ADDRESS", "0.0.0.0")
				.hasEntrySatisfying("ARTICLEFLOW_SECURITY_APITOKEN",
						token -> assertThat(token.toString()).startsWith("${ARTICLEFLOW_API_TOKEN:?"));
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void everyMountedFileOfTheRepositoryExists() {
		services.forEach((name, service) -> {
			for (String volume : (List<String>) service.getOrDefault("volumes", List.of())) {
				String source = volume.split(":")[0];
				if (source.startsWith("./")) {
					assertThat(ROOT.resolve(source)).as("%s mounts %s", name, source).exists();
				}
			}
		});
	}

	@Test
	void everyEnvironmentVariableOfOurServicesBindsToOneOfTheirProperties() throws IOException {
		for (String name : List.of("ingest-service", "extract-service", "index-service")) {
			Set<String> bindable = environmentNamesOfProperties(name);
			Set<String> ours = environment(name).keySet()
				.stream()
				.filter(variable -> variable.startsWith("INGEST_") || variable.startsWith("EXTRACT_")
						|| variable.startsWith("INDEX_") || variable.startsWith("ARTICLEFLOW_INDEX_"))
				.collect(Collectors.toSet());
			assertThat(bindable).as("properties of %s", name).containsAll(ours);
		}
	}

	/**
	 * The environment variable of every property a service documents (its configuration metadata), by Spring
	 * Boot's rule: capitals, {@code .} as {@code _}, no {@code -}.
	 */
	private static Set<String> environmentNamesOfProperties(String module) throws IOException {
		Path metadata = ROOT.resolve(module).resolve("target/classes/META-INF/spring-configuration-metadata.json");
		assertThat(metadata).as("built configuration metadata of %s", module).exists();
		JsonNode json = JsonMapper.builder().build().readTree(metadata.toFile());
		return json.get("properties")
			.valueStream()
			.map(property -> property.get("name").asString().toUpperCase(Locale.ROOT).replace('.', '_')
				.replace("-", ""))
			.collect(Collectors.toSet());
	}

	@Test
	void hostPortsAreUnique() {
		List<String> hostPorts = services.values()
			.stream()
			.flatMap(service -> ((List<?>) service.getOrDefault("ports", List.of())).stream())
			.map(DockerComposeFileTests::hostPort)
			.toList();

		assertThat(hostPorts).doesNotHaveDuplicates();
		assertThat(Set.copyOf(hostPorts)).contains("8081", "8083", "9090", "3000", "16686", "9200", "5601");
	}

	/** The host port of a mapping {@code [address:]hostPort:containerPort}. */
	private static String hostPort(Object mapping) {
		String[] parts = mapping.toString().split(":");
		return parts[parts.length - 2];
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> environment(String service) {
		return (Map<String, Object>) services.get(service).getOrDefault("environment", Map.of());
	}

	@SuppressWarnings("unchecked")
	private static String healthcheck(String service) {
		return String.join(" ", (List<String>) ((Map<String, Object>) services.get(service).get("healthcheck")).get("test"));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> dependencies(String service) {
		return (Map<String, Object>) services.get(service).getOrDefault("depends_on", Map.of());
	}

}
