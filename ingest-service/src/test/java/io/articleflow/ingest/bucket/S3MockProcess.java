package io.articleflow.ingest.bucket;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.util.FileSystemUtils;

import static org.awaitility.Awaitility.await;

/**
 * Adobe's S3Mock, an S3-compatible server, run from its executable jar as a separate process (it brings its own
 * Spring Boot and Kotlin, which must not meet the service's classpath). The build fetches the jar (see the
 * {@code fetch-s3mock} execution in the pom) and names it in {@code articleflow.test.s3mock.jar}. One server is
 * shared by every test of a JVM and stopped when the JVM exits.
 */
public final class S3MockProcess {

	/** The region the tests' clients use; S3Mock's default. */
	public static final String REGION = "us-east-1";

	private static final String JAR_PROPERTY = "articleflow.test.s3mock.jar";

	private static S3MockProcess shared;

	private final Process process;

	private final URI endpoint;

	private final Path log;

	private final Path root;

	private S3MockProcess(Process process, URI endpoint, Path log, Path root) {
		this.process = process;
		this.endpoint = endpoint;
		this.log = log;
		this.root = root;
	}

	/** The shared server, started on first use. */
	public static synchronized S3MockProcess shared() {
		if (shared == null) {
			shared = start();
			S3MockProcess server = shared;
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "s3mock-stop"));
		}
		return shared;
	}

	/** Where the server answers plain HTTP. */
	public URI endpoint() {
		return this.endpoint;
	}

	/** An AWS SDK v2 client for the server: path-style, fixed region and credentials. */
	public S3Client client() {
		return S3Client.builder()
			.endpointOverride(this.endpoint)
			.forcePathStyle(true)
			.region(Region.of(REGION))
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
			.build();
	}

	private static S3MockProcess start() {
		Path jar = Path.of(System.getProperty(JAR_PROPERTY, System.getProperty("user.home")
				+ "/.m2/repository/com/adobe/testing/s3mock/5.2.0/s3mock-5.2.0-exec.jar"));
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException("S3Mock's executable jar is not at " + jar + ": run the tests with Maven "
					+ "(mvn verify fetches it) or set -D" + JAR_PROPERTY);
		}
		try {
			List<Integer> ports = freePorts(4);
			Path root = Files.createTempDirectory("s3mock");
			Path log = Files.createTempFile("s3mock", ".log");
			String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
			List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar",
					jar.toString(), "--server.port=" + ports.get(0), "--http.port=" + ports.get(1),
					"--vectors.https.port=" + ports.get(2), "--vectors.http.port=" + ports.get(3),
					"--com.adobe.testing.s3mock.store.root=" + root, "--logging.level.root=WARN",
					"--spring.main.banner-mode=off"));
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			URI endpoint = URI.create("http://127.0.0.1:" + ports.get(1));
			S3MockProcess server = new S3MockProcess(process, endpoint, log, root);
			server.awaitReady();
			System.out.println("[s3mock] " + jar.getFileName() + " answering at " + endpoint + " (log " + log + ")");
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not start S3Mock", ex);
		}
	}

	private void stop() {
		this.process.destroy();
		try {
			this.process.waitFor(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		FileSystemUtils.deleteRecursively(this.root.toFile());
		this.log.toFile().delete();
	}

	private void awaitReady() {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
		try {
			await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(() -> {
				if (!this.process.isAlive()) {
					throw new IllegalStateException("S3Mock exited with " + this.process.exitValue() + ":\n"
							+ Files.readString(this.log));
				}
				try {
					return http.send(HttpRequest.newBuilder(this.endpoint).GET().build(),
							HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
				}
				catch (IOException ex) {
					return false;
				}
			});
		}
		catch (RuntimeException ex) {
			this.process.destroy();
			throw ex;
		}
	}

	private static List<Integer> freePorts(int count) throws IOException {
		List<ServerSocket> sockets = new ArrayList<>();
		try {
			for (int i = 0; i < count; i++) {
				sockets.add(new ServerSocket(0));
			}
			return sockets.stream().map(ServerSocket::getLocalPort).toList();
		}
		finally {
			for (ServerSocket socket : sockets) {
				socket.close();
			}
		}
	}

}
