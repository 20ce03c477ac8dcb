package io.articleflow.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * What {@code ./pipeline bench} started and where, written by the script to {@code bench.properties}: the state
 * folder, the broker and services (ports, pids, heaps), the jars and tools, and the bench's parameters.
 */
final class BenchSettings {

	/** The three services, in pipeline order. */
	static final List<String> SERVICES = List.of("ingest-service", "extract-service", "index-service");

	/** The broker's name in the settings and the report. */
	static final String KAFKA = "kafka";

	private final Properties properties;

	private BenchSettings(Properties properties) {
		this.properties = properties;
	}

	static BenchSettings load(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return new BenchSettings(properties);
	}

	String get(String key) {
		String value = this.properties.getProperty(key);
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("bench.properties has no " + key);
		}
		return value.strip();
	}

	String get(String key, String fallback) {
		String value = this.properties.getProperty(key);
		return value == null || value.isBlank() ? fallback : value.strip();
	}

	Path path(String key) {
		return Path.of(get(key));
	}

	int integer(String key) {
		return Integer.parseInt(get(key));
	}

	double decimal(String key) {
		return Double.parseDouble(get(key));
	}

	/** The bench's state folder ({@code .run/bench}). */
	Path state() {
		return path("state");
	}

	Path logs() {
		return path("logs");
	}

	Path bucket() {
		return state().resolve("bucket");
	}

	String bootstrapServers() {
		return get("bootstrap");
	}

	int port(String service) {
		return integer("port." + service);
	}

	long pid(String process) {
		return Long.parseLong(get("pid." + process));
	}

	/** The {@code -Xmx} a process was started with, e.g. {@code 384m}. */
	String heap(String process) {
		return get("heap." + process);
	}

	/** Extra JVM flags for the tool JVMs the bench starts (e.g. allowing Kafka's use of sun.misc.Unsafe). */
	List<String> javaFlags() {
		return Arrays.stream(get("java.flags", "").split("\\s+")).filter(flag -> !flag.isBlank()).toList();
	}

	/**
	 * Every process of the run: the broker, the services, then any more instances of a service
	 * ({@code instances.extra}, comma-separated names such as {@code extract-service-2}).
	 */
	List<String> processes() {
		return Stream.of(Stream.of(KAFKA), SERVICES.stream(), Arrays.stream(get("instances.extra", "").split(",")))
			.flatMap(names -> names)
			.map(String::strip)
			.filter(name -> !name.isEmpty())
			.toList();
	}

	/** The service a process is an instance of: {@code extract-service} for {@code extract-service-2}. */
	static String serviceOf(String process) {
		return process.replaceFirst("-\\d+$", "");
	}

}
