package io.articleflow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import io.articleflow.bench.BenchCorpus.CorpusFile;
import io.articleflow.bench.BenchResults.Limit;
import io.articleflow.bench.BenchResults.Phase;
import io.articleflow.common.messaging.Topics;

/**
 * The driver of {@code ./pipeline bench}, in two steps the script calls around stopping the services:
 * <ol>
 * <li>{@code pipeline}: generates the articles, warms the pipeline up, runs the throughput run (all articles dropped
 * at once) and the latency run (a fixed arrival rate, half the measured maximum unless given), and dumps the
 * throughput run's events of both topics for the next step;</li>
 * <li>{@code limits}: measures the physical limits on the same broker and bytes, and prints the report.</li>
 * </ol>
 * With {@code --scaling}, {@link ScalingBench}'s two steps run between them, on the pipeline left warm.
 * Arguments: the step and the {@code bench.properties} the script wrote. It measures; it asserts nothing.
 */
public final class PipelineBench {

	/** How many parts the warm-up's articles are dropped in, the JIT compilers catching up after each. */
	static final int WARM_UP_ROUNDS = 2;

	/** The longest the bench waits for the JIT compilers after a warm-up round. */
	private static final Duration COMPILERS_CATCH_UP = Duration.ofSeconds(90);

	/**
	 * Seconds at the latency run's rate before it is measured: after 10, ingest's optimizing compiler still took
	 * a third of its CPU through the measured run (flight recordings: its hot methods compiled for the steady rate
	 * then), and every service's JIT share was 11-32 %.
	 */
	static final int LATENCY_LEAD_IN_SECONDS = 30;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The topics of the raw Kafka measurements (suffixed with whose records they hold), apart from the pipeline's. */
	private static final String RAW_TOPIC = "bench-raw-";

	/** Distinct payloads ProducerPerformance picks from: enough for lz4 to see real text, few enough for its heap. */
	private static final int RAW_PAYLOADS = 5000;

	private PipelineBench() {
	}

	public static void main(String[] args) throws Exception {
		List<String> steps = List.of("pipeline", "limits", "scaling-sizes", "scaling-instances");
		if (args.length != 2 || !steps.contains(args[0])) {
			throw new IllegalArgumentException("usage: PipelineBench " + String.join("|", steps) + " BENCH_PROPERTIES");
		}
		BenchSettings settings = BenchSettings.load(Path.of(args[1]));
		quietKafkaClients();
		switch (args[0]) {
			case "pipeline" -> runPipeline(settings);
			case "limits" -> runLimits(settings);
			case "scaling-sizes" -> ScalingBench.sizes(settings);
			default -> ScalingBench.instances(settings);
		}
	}

	private static void runPipeline(BenchSettings settings) throws IOException, InterruptedException {
		int articles = settings.integer("articles");
		int warmup = settings.integer("warmup");
		double rate = settings.decimal("rate");
		boolean latencyOnly = settings.get("mode").equals("latency");
		Path corpusFolder = settings.state().resolve("corpus");
		BenchCorpus corpus = BenchCorpus.load(settings.path("seeds"), settings.path("kb"));
		PipelineRuns runs = new PipelineRuns(settings);
		Instant started = Instant.now();

		say("Generating %,d warm-up articles ...", warmup);
		List<CorpusFile> warm = corpus.write(corpusFolder.resolve("warm-up"), "warm-up", 0, warmup);
		int next = warmup;
		warmUp(runs, warm);

		List<PipelineRuns.Run> measured = new ArrayList<>();
		Map<String, Map<String, Long>> live = new HashMap<>();
		if (!latencyOnly) {
			say("Generating %,d articles ...", articles);
			List<CorpusFile> files = corpus.write(corpusFolder.resolve("throughput"), "throughput", next, articles);
			next += articles;
			say("Throughput run: %,d articles dropped at once ...", articles);
			PipelineRuns.Run run = runs.run("throughput", files, 0);
			measured.add(run);
			live.put(run.name(), liveHeaps(settings));
			Phase phase = phase(settings, run, runs.log(), live.get(run.name()));
			say("  %,.0f articles/s end to end", phase.throughput());
			if (rate <= 0) {
				rate = Math.max(1, Math.floor(phase.throughput() / 2));
			}
		}
		int leadInArticles = (int) Math.max(1, Math.round(rate * LATENCY_LEAD_IN_SECONDS));
		int latencyArticles = (int) Math.max(1, Math.round(rate * settings.integer("latency.seconds")));
		say("Generating %,d + %,d articles ...", leadInArticles, latencyArticles);
		List<CorpusFile> leadIn = corpus.write(corpusFolder.resolve("lead-in"), "lead-in", next, leadInArticles);
		next += leadInArticles;
		List<CorpusFile> paced = corpus.write(corpusFolder.resolve("latency"), "latency", next, latencyArticles);
		// the step from a backlog to a steady arrival rate recompiles code for small batches in every service: the
		// first seconds at the new rate are a warm-up of their own, run and left out, and the compilers catch up
		say("Latency lead-in: %,d articles at %,.0f articles/s, not measured ...", leadInArticles, rate);
		runs.run("lead-in", leadIn, rate);
		runs.awaitCompilersIdle(COMPILERS_CATCH_UP);
		say("Latency run: %,d articles at %,.0f articles/s ...", latencyArticles, rate);
		PipelineRuns.Run latencyRun = runs.run("latency", paced, rate);
		measured.add(latencyRun);
		live.put("latency", liveHeaps(settings));
		Path latencyDump = Files.createDirectories(settings.state().resolve("dump")).resolve("latency-enriched.jsonl");
		TopicDump.dump(settings.bootstrapServers(), Topics.ARTICLE_ENRICHED, new HashSet<>(latencyRun.documentIds()),
				Integer.MAX_VALUE, latencyDump);
		say("  by stage: %s", StageLatencies.of(latencyDump, runs.log()));

		List<Phase> phases = new ArrayList<>();
		for (PipelineRuns.Run run : measured) {
			phases.add(phase(settings, run, runs.log(), live.get(run.name())));
		}
		long bytes = measured.stream().mapToLong(PipelineRuns.Run::bytes).sum();
		int measuredArticles = measured.stream().mapToInt(run -> run.files().size()).sum();
		BenchResults.Pipeline results = new BenchResults.Pipeline(started.truncatedTo(ChronoUnit.SECONDS).toString(),
				settings.get("command"), new BenchResults.Corpus(measuredArticles, bytes, warmup), phases);
		Path resultsFolder = Files.createDirectories(settings.state().resolve("results"));
		JSON.writeValue(resultsFolder.resolve("pipeline.json").toFile(), results);

		if (!latencyOnly) {
			PipelineRuns.Run throughput = measured.get(0);
			Path dumps = Files.createDirectories(settings.state().resolve("dump"));
			say("Dumping the throughput run's events for the raw measurements ...");
			int enriched = TopicDump.dump(settings.bootstrapServers(), Topics.ARTICLE_ENRICHED,
					new HashSet<>(throughput.documentIds()), Integer.MAX_VALUE, dumps.resolve("enriched.jsonl"));
			int ingested = TopicDump.dump(settings.bootstrapServers(), Topics.ARTICLE_INGESTED,
					new HashSet<>(throughput.documentIds()), RAW_PAYLOADS, dumps.resolve("ingested.jsonl"));
			say("  %,d %s and %,d %s events", enriched, Topics.ARTICLE_ENRICHED, ingested, Topics.ARTICLE_INGESTED);
		}
		else {
			System.out.println();
			System.out.print(new BenchReport(settings, results, null).toString());
		}
	}

	private static void runLimits(BenchSettings settings) throws IOException, InterruptedException {
		BenchResults.Pipeline pipeline = JSON.readValue(settings.state().resolve("results/pipeline.json").toFile(),
				BenchResults.Pipeline.class);
		Phase throughput = Objects.requireNonNull(pipeline.phase("throughput"), "no throughput run to compare");
		RawLimits raw = new RawLimits(settings);
		Path dumps = settings.state().resolve("dump");
		List<Limit> limits = new ArrayList<>();
		// each article crosses the broker twice, as its raw event and as its enriched one: both are its Kafka work
		Path enrichedPayloads = dumps.resolve("enriched-payloads.jsonl");
		try (Stream<String> lines = Files.lines(dumps.resolve("enriched.jsonl"))) {
			Files.write(enrichedPayloads, (Iterable<String>) lines.limit(RAW_PAYLOADS)::iterator);
		}
		Map<String, Path> payloads = new LinkedHashMap<>();
		payloads.put(BenchReport.INGESTED, dumps.resolve("ingested.jsonl"));
		payloads.put(BenchReport.ENRICHED, enrichedPayloads);
		for (Map.Entry<String, Path> records : payloads.entrySet()) {
			say("Raw Kafka: producing and consuming %,d records of article-%s's bytes ...", throughput.articles(),
					records.getKey());
			limits.add(raw.kafkaProduce(records.getKey(), records.getValue(), throughput.articles(),
					RAW_TOPIC + records.getKey()));
			limits.add(raw.kafkaConsume(records.getKey(), throughput.articles(), RAW_TOPIC + records.getKey()));
		}
		int cores = Runtime.getRuntime().availableProcessors();
		say("Text extraction alone: %,d files on 1 thread ...", throughput.articles());
		limits.add(raw.text(settings.state().resolve("corpus/throughput"), Math.min(throughput.articles(), 5000)));
		say("Extractor alone: %,d articles on %d threads ...", throughput.articles(), cores);
		// long warm-ups: on two cores the JIT takes tens of seconds to settle on the analyzer's and Lucene's code
		limits.add(raw.extractor(settings.state().resolve("corpus/throughput"), cores,
				Math.min(throughput.articles(), 5000)));
		say("Lucene alone: %,d enriched articles ...", throughput.articles());
		limits.add(raw.lucene(dumps.resolve("enriched.jsonl"), settings.state().resolve("raw-index"), 500,
				Math.min(throughput.articles(), 5000)));
		BenchResults.Limits results = new BenchResults.Limits(limits);
		JSON.writeValue(settings.state().resolve("results/limits.json").toFile(), results);
		System.out.println();
		System.out.print(new BenchReport(settings, pipeline, results).toString());
		printProfiles(settings, throughput);
	}

	/**
	 * The warm-up, in {@value #WARM_UP_ROUNDS} rounds of its articles dropped at once, each followed by a wait for the
	 * JIT compilers to catch up (at most {@link #COMPILERS_CATCH_UP}): the round after a wait finds the compile
	 * queues short, so the hot code is compiled by the optimizing compiler then instead of in the measured run.
	 */
	static void warmUp(PipelineRuns runs, List<CorpusFile> warm) throws IOException, InterruptedException {
		int from = 0;
		for (int round = 1; round <= WARM_UP_ROUNDS; round++) {
			int to = warm.size() * round / WARM_UP_ROUNDS;
			say("Warming up (round %d of %d): %,d articles through the pipeline ...", round, WARM_UP_ROUNDS,
					to - from);
			PipelineRuns.Run run = runs.run("warm-up", warm.subList(from, to), 0);
			Duration settled = runs.awaitCompilersIdle(COMPILERS_CATCH_UP);
			say("  done in %.1f s; the JIT compilers were idle %.0f s later%s", seconds(run.start(), run.end()),
					settled.toMillis() / 1000.0, settled.compareTo(COMPILERS_CATCH_UP) >= 0 ? " (or still busy)" : "");
			from = to;
		}
	}

	/** What each process holds once a run is over: its heap after a full collection. */
	private static Map<String, Long> liveHeaps(BenchSettings settings) throws IOException, InterruptedException {
		Path jcmd = Path.of(settings.get("java")).resolveSibling("jcmd");
		Map<String, Long> live = new HashMap<>();
		for (String process : settings.processes()) {
			live.put(process, ProcessUsage.live(jcmd, settings.pid(process), settings.logs().resolve(process + "-gc.log")));
		}
		return live;
	}

	static Phase phase(BenchSettings settings, PipelineRuns.Run run, IndexedLog log, Map<String, Long> live) {
		List<IndexedLog.Indexed> found = run.documentIds().stream().map(log::get).filter(Objects::nonNull).toList();
		Instant firstSeen = found.stream().map(IndexedLog.Indexed::seen).min(Instant::compareTo).orElse(run.start());
		Instant lastSearchable = found.stream()
			.map(IndexedLog.Indexed::searchable)
			.max(Instant::compareTo)
			.orElse(run.end());
		double seconds = Math.max(seconds(firstSeen, lastSearchable), 1e-3);
		List<ProcessUsage> processes = new ArrayList<>();
		for (String process : settings.processes()) {
			long[] heap = ProcessUsage.heap(settings.logs().resolve(process + "-gc.log"), run.start(), run.end());
			Map<ThreadTicks.Kind, Double> jvm = run.jvmSeconds().getOrDefault(process, Map.of());
			processes.add(new ProcessUsage(process, run.cpuSeconds().get(process),
					jvm.getOrDefault(ThreadTicks.Kind.JIT, 0.0), jvm.getOrDefault(ThreadTicks.Kind.GC, 0.0), heap[0],
					heap[1], settings.heap(process), live == null ? 0 : live.getOrDefault(process, 0L)));
		}
		return new Phase(run.name(), run.files().size(), run.bytes(), run.offeredRate(), run.arrivalRate(),
				found.size(), seconds, found.size() / seconds,
				Latencies.of(found.stream().map(IndexedLog.Indexed::latencyMillis).toList()), processes,
				seconds(run.start(), run.end()), run.start().toString(), run.end().toString());
	}

	/** With {@code --jfr}: where each service spent its CPU in the throughput run. */
	private static void printProfiles(BenchSettings settings, Phase phase) throws IOException {
		boolean header = false;
		for (String service : BenchSettings.SERVICES) {
			List<String> lines = FlightRecordingSummary.summarize(settings.logs().resolve(service + ".jfr"),
					Instant.parse(phase.from()), Instant.parse(phase.to()), 8);
			if (lines.isEmpty()) {
				continue;
			}
			if (!header) {
				System.out.println();
				System.out.println("Where the CPU went in the throughput run (flight recordings, Java samples by the "
						+ "innermost frame outside the JDK)");
				header = true;
			}
			System.out.println("  " + service + ": " + lines.get(0));
			lines.subList(1, lines.size()).forEach(line -> System.out.println("    " + line));
		}
	}

	/** The dump's consumer logs every partition it seeks at INFO: the report is what matters here. */
	private static void quietKafkaClients() {
		if (LoggerFactory.getLogger("org.apache.kafka") instanceof ch.qos.logback.classic.Logger kafka) {
			kafka.setLevel(ch.qos.logback.classic.Level.WARN);
		}
	}

	private static double seconds(Instant from, Instant to) {
		return (to.toEpochMilli() - from.toEpochMilli()) / 1000.0;
	}

	static void say(String format, Object... args) {
		System.out.println(String.format(Locale.ROOT, format, args));
	}

}
