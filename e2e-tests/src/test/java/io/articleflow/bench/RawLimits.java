package io.articleflow.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.Yaml;

import io.articleflow.bench.BenchResults.Limit;

/**
 * The physical limits the pipeline is compared with, each measured alone in its own JVM on the same machine and
 * broker, over the same bytes: Kafka's own {@code ProducerPerformance} and {@code ConsumerPerformance} with the
 * services' producer and consumer settings, the extractor alone ({@code AnalyzerThroughputMain} from the
 * extract-service jar) and Lucene indexing alone ({@code IndexThroughputMain} from the index-service jar). Each
 * tool's output goes to its log under the bench's logs.
 */
final class RawLimits {

	private static final Pattern PRODUCED = Pattern
		.compile("(\\d+) records sent, ([\\d.]+) records/sec \\(([\\d.]+) MB/sec\\)");

	/** Kafka's tools count MiB. */
	private static final double MIB_IN_MB = 1.048576;

	private static final Pattern RESULT = Pattern.compile("(?m)^RESULT (.*)$");

	/** The stage name of ingest's text extraction alone. */
	static final String TEXT_ALONE = "text extraction alone";

	/** The key the tool's result map carries the machine's other load under. */
	private static final String OTHERS = "others_share";

	private static final String ARTICLES = "articles";

	private final BenchSettings settings;

	RawLimits(BenchSettings settings) {
		this.settings = settings;
	}

	/** The stage name of producing the records of one of the pipeline's topics alone. */
	static String produceStage(String records) {
		return "Kafka produce, " + records;
	}

	/** The stage name of consuming them alone. */
	static String consumeStage(String records) {
		return "Kafka consume, " + records;
	}

	/**
	 * Produces {@code records} records picked from the payloads (one per line) to a new topic.
	 * @param label whose records they are, e.g. {@code ingested}
	 */
	Limit kafkaProduce(String label, Path payloads, int records, String topic) throws IOException,
			InterruptedException {
		List<String> command = new ArrayList<>(List.of("org.apache.kafka.tools.ProducerPerformance",
				"--bootstrap-server", this.settings.bootstrapServers(), "--topic", topic, "--num-records",
				Integer.toString(records), "--throughput", "-1", "--payload-file", payloads.toString(),
				"--command-property"));
		producerProperties().forEach((key, value) -> command.add(key + "=" + value));
		ToolRun run = runTool("kafka-produce-" + label, "1g", this.settings.get("kafka.lib") + "/*", command);
		// progress lines look like the final one: the last is the result
		String[] last = null;
		for (Matcher matcher = PRODUCED.matcher(run.output()); matcher.find();) {
			last = new String[] { matcher.group(2), matcher.group(3) };
		}
		if (last == null) {
			throw new IllegalStateException("ProducerPerformance printed no result; see its log");
		}
		return new Limit(produceStage(label), "ProducerPerformance, " + describe(producerProperties()), records,
				Double.parseDouble(last[0]), Double.parseDouble(last[1]) * MIB_IN_MB, run.cpuSeconds(),
				run.othersShare());
	}

	/** Consumes {@code records} records of the topic from its start, in a new group. */
	Limit kafkaConsume(String label, int records, String topic) throws IOException, InterruptedException {
		Map<String, Object> consumer = consumerProperties();
		List<String> command = new ArrayList<>(List.of("org.apache.kafka.tools.ConsumerPerformance",
				"--bootstrap-server", this.settings.bootstrapServers(), "--topic", topic, "--num-records",
				Integer.toString(records), "--group", topic + "-" + System.currentTimeMillis(), "--timeout", "60000",
				"--fetch-size", String.valueOf(consumer.getOrDefault("max.partition.fetch.bytes", 1048576))));
		ToolRun run = runTool("kafka-consume-" + label, "1g", this.settings.get("kafka.lib") + "/*", command);
		String header = null;
		for (String line : run.output().split("\n")) {
			if (line.startsWith("start.time")) {
				header = line;
			}
			else if (header != null && line.split(",\\s*").length == header.split(",\\s*").length
					&& !line.startsWith("[") && !line.startsWith("\t")) {
				// the result row: as many columns as the header (the tool's log lines hold commas too)
				List<String> names = List.of(header.split(",\\s*"));
				String[] values = line.split(",\\s*");
				// the fetch figures leave out the time the consumer took to join its group
				double perSecond = Double.parseDouble(values[names.indexOf("fetch.nMsg.sec")]);
				double megabytes = Double.parseDouble(values[names.indexOf("fetch.MB.sec")]) * MIB_IN_MB;
				return new Limit(consumeStage(label), "ConsumerPerformance, fetch " + consumer.getOrDefault(
						"max.partition.fetch.bytes", 1048576) + " bytes per partition", records, perSecond, megabytes,
						run.cpuSeconds(), run.othersShare());
			}
		}
		throw new IllegalStateException("ConsumerPerformance printed no result; see its log");
	}

	/** The analyzer alone over the {@code .txt} articles of the folder. */
	Limit extractor(Path folder, int threads, int warmup) throws IOException, InterruptedException {
		Map<String, String> result = bootJarResult("extractor", "extract-service",
				"io.articleflow.extract.throughput.AnalyzerThroughputMain",
				List.of(folder.toString(), Integer.toString(threads), Integer.toString(warmup)));
		return limit("extractor alone", threads + (threads == 1 ? " thread" : " threads") + ", warm-up " + warmup
				+ " articles first", result);
	}

	/** Ingest's text extraction alone (Tika) over the files of the folder, one thread. */
	Limit text(Path folder, int warmup) throws IOException, InterruptedException {
		Map<String, String> result = bootJarResult("text", "ingest-service",
				"io.articleflow.ingest.throughput.TextThroughputMain",
				List.of(folder.toString(), Integer.toString(warmup)));
		return limit(TEXT_ALONE, "1 thread, detection + parse + quality gate, ingest's limits, warm-up " + warmup
				+ " files first", result);
	}

	/** Lucene indexing alone of the events of the file (one per line), in batches with a commit each. */
	Limit lucene(Path events, Path indexFolder, int batchSize, int warmup) throws IOException, InterruptedException {
		Map<String, String> result = bootJarResult("lucene", "index-service",
				"io.articleflow.index.throughput.IndexThroughputMain", List.of(events.toString(),
						indexFolder.toString(), Integer.toString(batchSize), Integer.toString(warmup)));
		return limit("Lucene indexing alone", "1 thread, JSON decoding included, batches of " + batchSize
				+ " with one commit + refresh each, warm-up " + warmup + " articles first", result);
	}

	/** The producer settings every service shares ({@code articleflow-defaults.yml}), with {@code acks}. */
	Map<String, Object> producerProperties() throws IOException {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("acks", binder().getOrDefault("required-acks", "all"));
		properties.putAll(map(binder().get("producer-properties")));
		return properties;
	}

	private Map<String, Object> consumerProperties() throws IOException {
		return map(binder().get("consumer-properties"));
	}

	private Map<String, Object> binder() throws IOException {
		Path defaults = this.settings.path("root").resolve("common/src/main/resources/articleflow-defaults.yml");
		try (InputStream in = Files.newInputStream(defaults)) {
			Map<String, Object> yaml = new Yaml().load(in);
			return resolved(map(map(map(map(map(yaml.get("spring")).get("cloud")).get("stream")).get("kafka"))
				.get("binder")), yaml);
		}
	}

	/** A placeholder's value: the environment variable or the file's own property it names, else its default. */
	private static Object placeholder(String placeholder, Map<String, Object> yaml) {
		int colon = placeholder.indexOf(':');
		String name = colon < 0 ? placeholder : placeholder.substring(0, colon);
		Object found = System.getenv(name);
		if (found == null) {
			found = yaml;
			for (String part : name.split("\\.")) {
				found = map(found).get(part);
			}
		}
		if (found == null && colon >= 0) {
			found = placeholder.substring(colon + 1);
		}
		return Objects.requireNonNull(found, "articleflow-defaults.yml does not define ${" + placeholder + "}");
	}

	/**
	 * The settings with each {@code ${a.b.c}} (e.g. the record limit) replaced by that value of the same file, and
	 * each {@code ${NAME:default}} by the environment variable or the default.
	 */
	private static Map<String, Object> resolved(Map<String, Object> settings, Map<String, Object> yaml) {
		Map<String, Object> resolved = new LinkedHashMap<>();
		settings.forEach((key, value) -> {
			if (value instanceof Map<?, ?>) {
				resolved.put(key, resolved(map(value), yaml));
			}
			else if (value instanceof String text && text.startsWith("${") && text.endsWith("}")) {
				resolved.put(key, placeholder(text.substring(2, text.length() - 1), yaml));
			}
			else {
				resolved.put(key, value);
			}
		});
		return resolved;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
	}

	private static String describe(Map<String, Object> properties) {
		List<String> shown = new ArrayList<>();
		for (String key : List.of("acks", "compression.type", "linger.ms", "batch.size", "enable.idempotence")) {
			if (properties.containsKey(key)) {
				shown.add(key + "=" + properties.get(key));
			}
		}
		return String.join(" ", shown);
	}

	private Map<String, String> bootJarResult(String log, String service, String mainClass, List<String> arguments)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("-Dloader.main=" + mainClass,
				"org.springframework.boot.loader.launch.PropertiesLauncher"));
		command.addAll(arguments);
		ToolRun run = runTool(log, "512m", this.settings.get("jar." + service), command);
		Matcher matcher = RESULT.matcher(run.output());
		if (!matcher.find()) {
			throw new IllegalStateException(mainClass + " printed no RESULT line; see its log");
		}
		Map<String, String> result = new LinkedHashMap<>();
		for (String pair : matcher.group(1).trim().split("\\s+")) {
			int equals = pair.indexOf('=');
			result.put(pair.substring(0, equals), pair.substring(equals + 1));
		}
		result.put(OTHERS, Double.toString(run.othersShare()));
		result.put(ARTICLES, result.get("documents"));
		return result;
	}

	private static Limit limit(String stage, String setup, Map<String, String> result) {
		double seconds = Double.parseDouble(result.get("seconds"));
		return new Limit(stage, setup, Integer.parseInt(result.get(ARTICLES)),
				Double.parseDouble(result.get("documents")) / seconds,
				Double.parseDouble(result.get("bytes")) / 1e6 / seconds, Double.parseDouble(result.get("cpu")),
				Double.parseDouble(result.get(OTHERS)));
	}

	/**
	 * What a tool printed, how busy other processes kept the machine while it ran, and the CPU time of the tool's
	 * process (its JVM start included) plus the broker's meanwhile: a Kafka tool's work is half in the broker.
	 */
	private record ToolRun(String output, double othersShare, double cpuSeconds) {
	}

	/** Runs a tool JVM to its end; its output goes to {@code <logs>/raw-<name>.log} and is returned. */
	private ToolRun runTool(String name, String heap, String classpath, List<String> arguments)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(this.settings.get("java"));
		command.addAll(this.settings.javaFlags());
		command.addAll(List.of("-Xms" + heap, "-Xmx" + heap, "-cp", classpath));
		command.addAll(arguments);
		Path log = this.settings.logs().resolve("raw-" + name + ".log");
		long broker = this.settings.pid("kafka");
		long brokerBefore = ProcessUsage.cpuTicks(broker);
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		MachineLoad load = MachineLoad.watch(process);
		int exit = process.waitFor();
		double othersShare = load.othersShare();
		long brokerTicks = (brokerBefore < 0) ? 0 : Math.max(0, ProcessUsage.cpuTicks(broker) - brokerBefore);
		double cpuSeconds = (double) (load.ownTicks() + brokerTicks) / this.settings.integer("clk.tck");
		String output = Files.readString(log, StandardCharsets.UTF_8);
		if (exit != 0) {
			throw new IllegalStateException(String.format(Locale.ROOT, "%s exited with %d; see %s", name, exit, log));
		}
		return new ToolRun(output, othersShare, cpuSeconds);
	}

}
