package io.articleflow.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.articleflow.common.test.KafkaTestBroker;

import static org.awaitility.Awaitility.await;

/**
 * The whole pipeline as operators run it, started once per test JVM and shared by the end-to-end test classes:
 * the shared real broker, and ingest-service, extract-service and index-service as three separate processes
 * started from their jars, with the seed articles dropped into the bucket and indexed.
 */
final class RunningPipeline {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final Duration PATIENCE = Duration.ofSeconds(90);

	/** Three JVMs starting at once on two busy cores can take a while. */
	static final Duration STARTUP = Duration.ofSeconds(240);

	static final Path SEEDS = Path.of(System.getProperty("articleflow.root", "..")).resolve("seeds");

	private static RunningPipeline instance;

	final Path bucket;

	final ServiceProcess ingest;

	/** Replaced by {@link #restartExtract}. */
	volatile ServiceProcess extract;

	final ServiceProcess index;

	/** Document ids of the seeds, in file name order. */
	final List<String> seedIds;

	private RunningPipeline(Path bucket, ServiceProcess ingest, ServiceProcess extract, ServiceProcess index,
			List<String> seedIds) {
		this.bucket = bucket;
		this.ingest = ingest;
		this.extract = extract;
		this.index = index;
		this.seedIds = seedIds;
	}

	/** The pipeline with the seeds indexed, started on first use and stopped when the JVM exits. */
	static synchronized RunningPipeline get() throws IOException {
		if (instance == null) {
			instance = start();
		}
		return instance;
	}

	private static RunningPipeline start() throws IOException {
		String kafka = "--spring.kafka.bootstrap-servers=" + KafkaTestBroker.bootstrapServers();
		Path work = Files.createTempDirectory("articleflow-e2e");
		Path bucket = work.resolve("bucket");
		Path logs = Path.of("target", "e2e-logs");
		List<ServiceProcess> started = new ArrayList<>();
		Runnable stopAll = () -> started.reversed().forEach(ServiceProcess::close);
		Runtime.getRuntime().addShutdownHook(new Thread(stopAll));
		RunningPipeline pipeline;
		try {
			ServiceProcess ingest = ServiceProcess.start("ingest-service", logs, "512m", kafka,
					"--ingest.bucket.path=" + bucket, "--ingest.bucket.poll-interval=200ms",
					"--ingest.bucket.settle-time=300ms");
			started.add(ingest);
			ServiceProcess extract = ServiceProcess.start("extract-service", logs, "384m", kafka);
			started.add(extract);
			// the search page's document status asks ingest-service's status view
			ServiceProcess index = ServiceProcess.start("index-service", logs, "384m", kafka,
					"--index.lucene.path=" + work.resolve("index"),
					"--index.status.ingest-url=http://127.0.0.1:" + ingest.port());
			started.add(index);
			started.forEach(service -> service.awaitHealthy(STARTUP));
			pipeline = new RunningPipeline(bucket, ingest, extract, index, List.of());
		}
		catch (RuntimeException | IOException ex) {
			// a half-started pipeline must not stay behind: its consumers would take the next attempt's records
			stopAll.run();
			started.clear();
			throw ex;
		}

		List<String> names = new ArrayList<>();
		try (Stream<Path> seeds = Files.list(SEEDS)) {
			for (Path seed : seeds.filter(Files::isRegularFile).sorted().toList()) {
				pipeline.drop(seed, seed.getFileName().toString());
				names.add(seed.getFileName().toString());
			}
		}
		List<String> ids = names.stream().map(pipeline::awaitPublished).toList();
		ids.forEach(pipeline::awaitIndexed);
		return new RunningPipeline(bucket, pipeline.ingest, pipeline.extract, pipeline.index, ids);
	}

	/**
	 * Stops extract-service and starts it again with extra arguments (e.g. another knowledge base, so another
	 * extractor version); returns once it is healthy. The new process is the pipeline's from then on.
	 */
	synchronized ServiceProcess restartExtract(String... arguments) throws IOException {
		this.extract.close();
		List<String> all = new ArrayList<>(List.of("--spring.kafka.bootstrap-servers=" + KafkaTestBroker.bootstrapServers()));
		all.addAll(List.of(arguments));
		ServiceProcess restarted = ServiceProcess.start("extract-service", Path.of("target", "e2e-logs"), "384m",
				all.toArray(String[]::new));
		Runtime.getRuntime().addShutdownHook(new Thread(restarted::close));
		this.extract = restarted.awaitHealthy(STARTUP);
		return this.extract;
	}

	/** Copies under a temporary name, then renames: the way to drop a file that is never seen half-written. */
	void drop(Path file, String name) throws IOException {
		Files.createDirectories(this.bucket);
		Path part = this.bucket.resolve(name + ".part");
		Files.copy(file, part, StandardCopyOption.REPLACE_EXISTING);
		Files.move(part, this.bucket.resolve(name), StandardCopyOption.ATOMIC_MOVE);
	}

	/** Waits until ingest says it published the file, and returns its document id. */
	String awaitPublished(String key) {
		return await(key + " published").atMost(PATIENCE).until(() -> {
			var status = this.ingest.get("/api/ingest/status");
			if (status == null || status.statusCode() != 200) {
				return null;
			}
			for (JsonNode entry : JSON.readTree(status.body()).get("recent")) {
				if (entry.get("key").asString().equals(key) && entry.get("status").asString().equals("PUBLISHED")) {
					return entry.get("documentId").asString();
				}
			}
			return null;
		}, id -> id != null);
	}

	/** Waits until index-service serves the article. */
	void awaitIndexed(String id) {
		await(id + " indexed").atMost(PATIENCE).until(() -> {
			var article = this.index.get("/api/articles/" + id);
			return article != null && article.statusCode() == 200;
		});
	}

}
