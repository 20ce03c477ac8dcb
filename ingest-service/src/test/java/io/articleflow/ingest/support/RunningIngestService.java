package io.articleflow.ingest.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import io.articleflow.common.messaging.Topics;
import io.articleflow.common.test.KafkaIntegrationTest;
import io.articleflow.common.test.TopicProbe;

/**
 * The whole service on a directory bucket and the real broker, with small limits; one running service shared by
 * the test classes that extend this (Spring caches the context), each test using file names of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@KafkaIntegrationTest
public abstract class RunningIngestService {

	/** {@code ingest.limits.max-file-size} of the running service. */
	public static final long MAX_FILE_SIZE = 256 * 1024;

	/** {@code articleflow.limits.max-characters} of the running service. */
	public static final int MAX_CHARACTERS = 100_000;

	/** {@code articleflow.security.api-token} of the running service: uploads must carry it. */
	public static final String API_TOKEN = "test-token-" + UUID.randomUUID();

	/** The bucket folder: the only thing in its parent folder. */
	protected static Path bucket;

	/** Reads {@code article-ingested} from its beginning. */
	protected static TopicProbe ingested;

	@LocalServerPort
	protected int port;

	@DynamicPropertySource
	static void bucket(DynamicPropertyRegistry registry) throws IOException {
		Path work = Files.createTempDirectory("ingest-it");
		Runtime.getRuntime().addShutdownHook(new Thread(() -> FileSystemUtils.deleteRecursively(work.toFile())));
		bucket = work.resolve("bucket");
		registry.add("ingest.bucket.path", bucket::toString);
		registry.add("ingest.bucket.poll-interval", () -> "100ms");
		registry.add("ingest.bucket.settle-time", () -> "300ms");
		registry.add("ingest.limits.max-file-size", () -> MAX_FILE_SIZE + "B");
		registry.add("articleflow.limits.max-characters", () -> MAX_CHARACTERS);
		registry.add("articleflow.security.api-token", () -> API_TOKEN);
	}

	@BeforeAll
	static void probe() {
		ingested = TopicProbe.on(Topics.ARTICLE_INGESTED);
	}

	@AfterAll
	static void closeProbe() {
		ingested.close();
	}

	/** A client for the running service, with its API token. */
	protected Http http() {
		return new Http(this.port, API_TOKEN);
	}

	/** A client for the running service that sends the given token, or none. */
	protected Http http(String token) {
		return new Http(this.port, token);
	}

}
