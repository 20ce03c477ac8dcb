package io.articleflow.compose;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.ComposeContainer;
import org.testcontainers.containers.wait.strategy.Wait;

import io.articleflow.common.test.DockerEngine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Starts docker-compose.yml for real (the services built from this repository, three extract-service instances,
 * index-service on the stack's OpenSearch node) and sends an article through it. Runs only where a Docker engine
 * answers; elsewhere it prints that it did not run and why, JUnit reports it skipped with that reason, and
 * {@link DockerComposeFileTests} checks the file statically.
 */
class DockerComposeStackIntegrationTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	/** The bearer token the stack's services require for uploads (ARTICLEFLOW_API_TOKEN). */
	private static final String API_TOKEN = "compose-test-" + UUID.randomUUID();

	private static ComposeContainer stack;

	@BeforeAll
	static void startStack() {
		boolean docker = DockerEngine.available();
		if (!docker) {
			System.out.println("[compose] NOT RUN: no Docker engine answers on this machine, so the compose stack "
					+ "(with its OpenSearch and Dashboards) cannot start; DockerComposeFileTests checked "
					+ "docker-compose.yml statically");
		}
		Assumptions.assumeTrue(docker, "no Docker engine: the compose stack runs only where Docker is available");
		stack = new ComposeContainer(new File(DockerComposeFileTests.ROOT.resolve("docker-compose.yml").toString()))
			.withBuild(true)
			.withEnv("ARTICLEFLOW_API_TOKEN", API_TOKEN)
			.withScaledService("extract-service", 3)
			.withExposedService("ingest-service", 8080, Wait.forHealthcheck())
			.withExposedService("index-service", 8080, Wait.forHealthcheck())
			.withExposedService("opensearch", 9200, Wait.forHealthcheck())
			.withStartupTimeout(Duration.ofMinutes(15));
		stack.start();
	}

	@AfterAll
	static void stopStack() {
		if (stack != null) {
			stack.stop();
		}
	}

	@Test
	void anUploadedArticleBecomesSearchable() throws Exception {
		String ingest = "http://" + stack.getServiceHost("ingest-service", 8080) + ":"
				+ stack.getServicePort("ingest-service", 8080);
		String index = "http://" + stack.getServiceHost("index-service", 8080) + ":"
				+ stack.getServicePort("index-service", 8080);
		Path seed = DockerComposeFileTests.ROOT.resolve("seeds").toFile().listFiles()[0].toPath();
		String boundary = "articleflow-boundary";
		byte[] body = MultipartBody.of(boundary, "file", seed);

		HttpResponse<String> upload = HTTP.send(HttpRequest.newBuilder(URI.create(ingest + "/api/files"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Authorization", "Bearer " + API_TOKEN)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
		await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> {
			HttpResponse<String> search = HTTP.send(
					HttpRequest.newBuilder(URI.create(index + "/api/search?q=defense")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(search.body()).contains("\"total\":1");
		});
		// the article is in the stack's OpenSearch cluster, behind index-service's alias
		String opensearch = "http://" + stack.getServiceHost("opensearch", 9200) + ":"
				+ stack.getServicePort("opensearch", 9200);
		HttpResponse<String> count = HTTP.send(HttpRequest.newBuilder(URI.create(opensearch + "/articles/_count")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(count.body()).contains("\"count\":1");
	}

}
