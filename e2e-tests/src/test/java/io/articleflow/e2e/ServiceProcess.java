package io.articleflow.e2e;

import java.io.IOException;
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

import static org.awaitility.Awaitility.await;

/**
 * One service started from its built jar as a separate JVM, the way operators run it: its own port, heap and log
 * file. The test JVM's own java runs it, so a JDK >= 21 is guaranteed.
 */
final class ServiceProcess implements AutoCloseable {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String name;

	private final int port;

	private final Process process;

	private final Path log;

	private ServiceProcess(String name, int port, Process process, Path log) {
		this.name = name;
		this.port = port;
		this.process = process;
		this.log = log;
	}

	/** Starts {@code <root>/<module>/target/<module>-<version>.jar} with the given Spring Boot arguments. */
	static ServiceProcess start(String module, Path logs, String heap, String... arguments) throws IOException {
		Path root = Path.of(System.getProperty("articleflow.root", ".."));
		Path jar = root.resolve(module)
			.resolve("target")
			.resolve(module + "-" + System.getProperty("articleflow.version", "0.1.0-SNAPSHOT") + ".jar");
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException("no jar at " + jar + ": build the modules first (mvn verify does)");
		}
		int port = freePort();
		List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx" + heap, "-XX:TieredStopAtLevel=1",
				"-jar", jar.toString(), "--server.port=" + port));
		command.addAll(List.of(arguments));
		Files.createDirectories(logs);
		Path log = logs.resolve(module + "-" + port + ".log");
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		return new ServiceProcess(module, port, process, log);
	}

	/**
	 * Runs a command-line tool of a module's jar (its {@code main} class through Spring Boot's
	 * {@code PropertiesLauncher}, as {@code ./pipeline} does) and returns its exit code and output, within the timeout.
	 */
	static ToolRun tool(String module, String mainClass, Duration timeout, String... arguments)
			throws IOException, InterruptedException {
		Path root = Path.of(System.getProperty("articleflow.root", ".."));
		Path jar = root.resolve(module)
			.resolve("target")
			.resolve(module + "-" + System.getProperty("articleflow.version", "0.1.0-SNAPSHOT") + ".jar");
		List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp",
				jar.toString(), "-Dloader.main=" + mainClass, "org.springframework.boot.loader.launch.PropertiesLauncher"));
		command.addAll(List.of(arguments));
		Path output = Files.createTempFile("tool-", ".log");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
		if (!process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException(mainClass + " did not end within " + timeout + ": " + Files.readString(output));
		}
		return new ToolRun(process.exitValue(), Files.readString(output));
	}

	/**
	 * @param exitCode the tool's exit code
	 * @param output what it printed (standard output and error)
	 */
	record ToolRun(int exitCode, String output) {
	}

	/** Waits until the actuator health endpoint says UP, failing fast if the process died. */
	ServiceProcess awaitHealthy(Duration timeout) {
		await(this.name + " healthy").atMost(timeout).pollInterval(Duration.ofMillis(500)).until(() -> {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(this.name + " exited with " + this.process.exitValue()
						+ "; see " + this.log);
			}
			HttpResponse<String> health = get("/actuator/health");
			return health != null && health.statusCode() == 200 && health.body().contains("\"UP\"");
		});
		return this;
	}

	/** A GET on the service, or {@code null} when it does not answer (yet). */
	HttpResponse<String> get(String pathAndQuery) {
		return get(pathAndQuery, "*/*");
	}

	/** A GET asking for the given media type, or {@code null} when the service does not answer (yet). */
	HttpResponse<String> get(String pathAndQuery, String accept) {
		try {
			return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + pathAndQuery))
				.header("Accept", accept)
				.timeout(Duration.ofSeconds(10))
				.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			return null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	int port() {
		return this.port;
	}

	/**
	 * Kills the service the way a crash or an OOM killer does (SIGKILL): no shutdown hook runs, nothing is flushed
	 * or committed; returns once the process is gone.
	 */
	void kill() {
		this.process.destroyForcibly();
		try {
			if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
				throw new IllegalStateException(this.name + " survived SIGKILL for 30 s");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while killing " + this.name, ex);
		}
	}

	/** Stops the service the way an operator does (SIGTERM), forcibly after 30 s. */
	@Override
	public void close() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.process.destroyForcibly();
		}
	}

	private static String javaExecutable() {
		return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
