package io.articleflow.e2e;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import static io.articleflow.e2e.RunningPipeline.JSON;

/**
 * The three services as separate processes on a broker of the test's own, for fault tests: unlike the shared
 * {@link RunningPipeline}, a service can be killed and started again while the others keep running. A restarted
 * service gets the same bucket, index folder and broker as the one it replaces.
 */
final class FaultPipeline implements AutoCloseable {

	/** A service of the pipeline. */
	enum Service {

		INGEST("ingest-service", "512m"), EXTRACT("extract-service", "384m"), INDEX("index-service", "384m");

		final String module;

		final String heap;

		Service(String module, String heap) {
			this.module = module;
			this.heap = heap;
		}

	}

	/** A JVM started on two busy cores, next to others, can take a while. */
	static final Duration STARTUP = Duration.ofSeconds(120);

	private static final Path LOGS = Path.of("target", "e2e-logs", "faults");

	private final Path bucket;

	private final Map<Service, List<String>> arguments = new EnumMap<>(Service.class);

	private final Map<Service, ServiceProcess> running = new EnumMap<>(Service.class);

	private FaultPipeline(Path work, String bootstrapServers, List<String> extra) {
		this.bucket = work.resolve("bucket");
		// a killed consumer's partitions go to its successor once its session expires: 6 s (the broker's minimum)
		// instead of the 45 s default keeps the test short
		List<String> common = new ArrayList<>(List.of("--spring.kafka.bootstrap-servers=" + bootstrapServers,
				"--spring.cloud.stream.kafka.binder.consumer-properties.session.timeout.ms=6000",
				"--spring.cloud.stream.kafka.binder.consumer-properties.heartbeat.interval.ms=1000"));
		common.addAll(extra);
		for (Service service : Service.values()) {
			this.arguments.put(service, new ArrayList<>(common));
		}
		this.arguments.get(Service.INDEX).add("--index.lucene.path=" + work.resolve("index"));
		this.arguments.get(Service.INGEST).addAll(List.of("--ingest.bucket.path=" + this.bucket,
				"--ingest.bucket.poll-interval=200ms", "--ingest.bucket.settle-time=300ms"));
	}

	/** Starts the three services on the given broker, each with the extra Spring Boot arguments, and waits. */
	static FaultPipeline start(String bootstrapServers, String... extra) throws IOException {
		FaultPipeline pipeline = new FaultPipeline(Files.createTempDirectory("articleflow-faults"), bootstrapServers,
				List.of(extra));
		try {
			for (Service service : List.of(Service.INDEX, Service.EXTRACT, Service.INGEST)) {
				pipeline.launch(service);
			}
			pipeline.running.values().forEach(process -> process.awaitHealthy(STARTUP));
		}
		catch (RuntimeException | IOException ex) {
			pipeline.close();
			throw ex;
		}
		return pipeline;
	}

	Path bucket() {
		return this.bucket;
	}

	ServiceProcess process(Service service) {
		return this.running.get(service);
	}

	/** SIGKILL: the service dies with whatever it had read, analysed or written but not yet committed. */
	void kill(Service service) {
		this.running.remove(service).kill();
	}

	/** Starts a new instance of a killed service and waits until it is healthy. */
	void restart(Service service) throws IOException {
		launch(service).awaitHealthy(STARTUP);
	}

	/** How many articles index-service says are searchable ({@code /api/stats}), -1 while it does not answer. */
	long searchable() {
		HttpResponse<String> stats = this.running.get(Service.INDEX).get("/api/stats");
		return stats == null || stats.statusCode() != 200 ? -1 : JSON.readTree(stats.body()).get("documents").asLong();
	}

	/** The document ids of every search hit, page by page, duplicates kept; one hit per article, not per story. */
	List<String> allHitIds() {
		List<String> ids = new ArrayList<>();
		for (int page = 0;; page++) {
			JsonNode result = search("collapse=false&size=100&page=" + page);
			result.get("hits").forEach(hit -> ids.add(hit.get("id").asString()));
			if (result.get("hits").isEmpty() || ids.size() >= result.get("total").asLong()) {
				return ids;
			}
		}
	}

	/** The document ids of the articles a full-text query matches (at most 100). */
	List<String> hitIds(String query) {
		List<String> ids = new ArrayList<>();
		search("collapse=false&size=100&q=" + query).get("hits").forEach(hit -> ids.add(hit.get("id").asString()));
		return ids;
	}

	private JsonNode search(String parameters) {
		HttpResponse<String> response = this.running.get(Service.INDEX).get("/api/search?" + parameters);
		if (response == null || response.statusCode() != 200) {
			throw new IllegalStateException("search " + parameters + " answered "
					+ (response == null ? "nothing" : response.statusCode() + " " + response.body()));
		}
		return JSON.readTree(response.body());
	}

	private ServiceProcess launch(Service service) throws IOException {
		ServiceProcess process = ServiceProcess.start(service.module, LOGS, service.heap,
				this.arguments.get(service).toArray(String[]::new));
		this.running.put(service, process);
		return process;
	}

	@Override
	public void close() {
		for (Service service : List.of(Service.INGEST, Service.EXTRACT, Service.INDEX)) {
			ServiceProcess process = this.running.remove(service);
			if (process != null) {
				process.close();
			}
		}
	}

}
