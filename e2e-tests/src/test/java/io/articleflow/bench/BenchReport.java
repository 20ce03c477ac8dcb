package io.articleflow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.articleflow.bench.BenchResults.Limit;
import io.articleflow.bench.BenchResults.Phase;

/** The printed result of {@code ./pipeline bench}: the runs, the physical limits beside them, and the targets. */
final class BenchReport {

	/** Kafka as the pipeline uses it: each article's raw and enriched events produced, then consumed. */
	static final String KAFKA_ROUND_TRIP = "Kafka produce + consume";

	/** The raw events' records, whose produce and consume are measured alone. */
	static final String INGESTED = "ingested";

	/** The enriched events' records, likewise. */
	static final String ENRICHED = "enriched";

	/** The most CPU per article the pipeline may spend, as a multiple of the same work done alone. */
	static final double TARGET_CPU_RATIO = 1.25;

	/** The most CPU per article end to end, all processes, ms. */
	static final double TARGET_CPU_MILLIS = 5;

	/** p99 latency at half the maximum rate the pipeline aims at, ms. */
	static final long TARGET_P99_MILLIS = 300;

	/** The extractor alone on the machine's cores, MB of text per second. */
	static final double TARGET_EXTRACTOR_MB = 12;

	/**
	 * Each process of the pipeline and the raw stage that does its work alone. The broker's row sets the broker
	 * beside Kafka's tools and broker: the pipeline's Kafka clients run inside the services.
	 */
	static final Map<String, String> RAW_STAGE_OF = Map.of(BenchSettings.KAFKA, KAFKA_ROUND_TRIP, "ingest-service",
			RawLimits.TEXT_ALONE, "extract-service", "extractor alone", "index-service", "Lucene indexing alone");

	/** The heap each service must do with, bytes. */
	static final long TARGET_HEAP = 512L << 20;

	/** The most of its heap a service may hold at steady state, so that a burst or a large article has room. */
	static final double TARGET_LIVE_SHARE = 0.6;

	/** Above this share of a process's CPU in JIT compilation, a run did not measure the steady state. */
	static final double STEADY_JIT_SHARE = 0.10;

	private final BenchSettings settings;

	private final BenchResults.Pipeline pipeline;

	private final BenchResults.Limits limits;

	private final StringBuilder out = new StringBuilder();

	/** @param limits the physical limits, or {@code null} for a latency-only bench */
	BenchReport(BenchSettings settings, BenchResults.Pipeline pipeline, BenchResults.Limits limits) {
		this.settings = settings;
		this.pipeline = pipeline;
		this.limits = limits;
	}

	@Override
	public String toString() {
		this.out.setLength(0);
		line("ArticleFlow pipeline benchmark, %s", this.pipeline.startedAt());
		line("  machine   %s", machine());
		line("  command   %s", this.pipeline.command());
		line("  articles  %,d generated from the seeds (%.1f kB each on average), after %,d warm-up articles",
				this.pipeline.corpus().articles(),
				this.pipeline.corpus().bytes() / 1e3 / Math.max(1, this.pipeline.corpus().articles()),
				this.pipeline.corpus().warmup());
		for (Phase phase : this.pipeline.phases()) {
			line("");
			phase(phase);
		}
		if (this.limits != null) {
			line("");
			limits();
		}
		line("");
		targets();
		return this.out.toString();
	}

	private void phase(Phase phase) {
		if (phase.offeredRate() > 0) {
			line("Latency: %,d articles at a fixed arrival rate of %,.0f/s (%,.0f/s achieved)", phase.articles(),
					phase.offeredRate(), phase.arrivalRate());
		}
		else {
			line("Throughput: %,d articles (%.1f MB) dropped into the bucket at once", phase.articles(),
					phase.bytes() / 1e6);
		}
		line("  end to end   %,.0f articles/s, %.1f MB/s (first file seen -> last article searchable: %.2f s)%s",
				phase.throughput(), phase.bytes() / 1e6 / phase.seconds(), phase.seconds(),
				phase.indexed() == phase.articles() ? ""
						: String.format(Locale.ROOT, "; only %,d logged as indexed", phase.indexed()));
		line("  latency      file seen -> searchable: %s%s", phase.latency(),
				phase.offeredRate() > 0 ? "" : " (all queued at once: time to drain)");
		line("  %-16s %8s %14s %6s %5s %11s %13s %15s %6s", "process", "CPU s", "CPU ms/article", "JIT", "GC",
				"peak heap", "max after GC", "live (% -Xmx)", "-Xmx");
		double total = 0;
		for (ProcessUsage process : phase.processes()) {
			total += process.cpuSeconds();
			line("  %-16s %8.1f %14.2f %6s %5s %11s %13s %15s %6s", process.name(), process.cpuSeconds(),
					1000 * process.cpuSeconds() / phase.articles(), share(process.jitSeconds(), process),
					share(process.gcSeconds(), process), mib(process.peakHeapBytes()), mib(process.maxAfterGcBytes()),
					live(process), process.heapLimit());
		}
		int cores = Runtime.getRuntime().availableProcessors();
		line("  %-16s %8.1f %14.2f   (%.0f %% of %d cores over %.1f s; JIT and GC: their threads' share of the "
				+ "process's CPU)", "all", total, 1000 * total / phase.articles(),
				100 * total / (cores * phase.windowSeconds()), cores, phase.windowSeconds());
		phase.processes()
			.stream()
			.filter(process -> process.jitSeconds() > STEADY_JIT_SHARE * process.cpuSeconds())
			.forEach(process -> line("  NOT STEADY: %s spent %s of its CPU compiling code; its figures include "
					+ "warming up (raise --warmup)", process.name(), share(process.jitSeconds(), process)));
	}

	private static String share(double seconds, ProcessUsage process) {
		return process.cpuSeconds() > 0 ? String.format(Locale.ROOT, "%.0f %%", 100 * seconds / process.cpuSeconds())
				: "-";
	}

	private void limits() {
		line("Physical limits: each stage alone on the same machine, broker and bytes");
		for (Limit limit : this.limits.limits()) {
			line("  %-24s %,8.0f articles/s %7.1f MB/s   %s", limit.stage(), limit.articlesPerSecond(),
					limit.megabytesPerSecond(), limit.setup());
			line("  %-24s other processes: %s", "", othersLoad(limit));
		}
		Limit kafka = kafkaRoundTrip();
		if (kafka != null) {
			line("  %-24s %,8.0f articles/s %7s        %s", kafka.stage(), kafka.articlesPerSecond(), "",
					kafka.setup());
		}
		line("");
		cpuBudget(this.pipeline.phase("throughput"));
	}

	/**
	 * Each process's CPU per article in the throughput run beside the raw cost of the same work: the sum of the raw
	 * costs is the pipeline's physical limit on this machine's cores.
	 */
	private void cpuBudget(Phase throughput) {
		line("CPU per article: the throughput run beside the same work done alone (its physical limit)");
		line("  %-16s %9s %9s %7s   %s", "process", "pipeline", "alone", "ratio", "alone is");
		for (ProcessUsage process : throughput.processes()) {
			double used = 1000 * process.cpuSeconds() / throughput.articles();
			Limit raw = raw(process.name());
			double alone = raw != null ? raw.cpuMillisPerArticle() : Double.NaN;
			line("  %-16s %9.2f %9s %7s   %s", process.name(), used, millis(alone), ratio(used, alone),
					raw != null ? raw.stage() : "-");
		}
		double used = cpuMillis(throughput);
		double rawTotal = rawCpuMillis(throughput);
		line("  %-16s %9.2f %9s %7s   (ms of CPU per article)", "all", used, millis(rawTotal), ratio(used, rawTotal));
		if (!Double.isNaN(rawTotal)) {
			int cores = Runtime.getRuntime().availableProcessors();
			double limit = cores * 1000 / rawTotal;
			line("  limit: %d cores / %.2f ms = %,.0f articles/s; the pipeline reaches %,.0f articles/s (%.0f %% of "
					+ "it)", cores, rawTotal, limit, throughput.throughput(), 100 * throughput.throughput() / limit);
		}
	}

	/** CPU ms per article of the raw stage that does a process's work alone, or {@code null}. */
	private Limit raw(String process) {
		String stage = RAW_STAGE_OF.get(process);
		if (stage == null) {
			return null;
		}
		return stage.equals(KAFKA_ROUND_TRIP) ? kafkaRoundTrip() : find(stage);
	}

	/** The sum of the raw costs of the processes' work, CPU ms per article (NaN when one is unknown). */
	private double rawCpuMillis(Phase phase) {
		double total = 0;
		for (ProcessUsage process : phase.processes()) {
			Limit raw = raw(process.name());
			total += (raw != null) ? raw.cpuMillisPerArticle() : Double.NaN;
		}
		return total;
	}

	/** CPU milliseconds per article of every process of the run. */
	static double cpuMillis(Phase phase) {
		return 1000 * phase.processes().stream().mapToDouble(ProcessUsage::cpuSeconds).sum() / phase.articles();
	}

	private static String millis(double value) {
		return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.2f", value);
	}

	private static String ratio(double used, double alone) {
		return (Double.isNaN(alone) || alone <= 0) ? "-" : String.format(Locale.ROOT, "%.2fx", used / alone);
	}

	private void targets() {
		line("Targets (%d cores, broker and three services on one machine)", Runtime.getRuntime().availableProcessors());
		Phase throughput = this.pipeline.phase("throughput");
		if (throughput != null && this.limits != null) {
			double used = cpuMillis(throughput);
			double raw = rawCpuMillis(throughput);
			target(!Double.isNaN(raw) && used <= TARGET_CPU_RATIO * raw,
					"CPU per article end to end <= %.2f x the same work done alone (%s ms): %.2f ms (%s)",
					TARGET_CPU_RATIO, millis(raw), used, ratio(used, raw));
		}
		if (throughput != null) {
			double used = cpuMillis(throughput);
			target(used <= TARGET_CPU_MILLIS, "CPU per article end to end <= %.0f ms (all processes): %.2f ms",
					TARGET_CPU_MILLIS, used);
		}
		Phase latency = this.pipeline.phase("latency");
		if (latency != null) {
			String rate = throughput != null && latency.offeredRate() <= Math.ceil(throughput.throughput() / 2)
					? "half the maximum rate" : String.format(Locale.ROOT, "%,.0f articles/s", latency.offeredRate());
			target(latency.latency().p99() <= TARGET_P99_MILLIS, "p99 file seen -> searchable <= %,d ms at %s: %,d ms",
					TARGET_P99_MILLIS, rate, latency.latency().p99());
		}
		Limit extractor = this.limits != null ? find("extractor alone") : null;
		if (extractor != null) {
			target(extractor.megabytesPerSecond() >= TARGET_EXTRACTOR_MB,
					"extractor alone >= %.0f MB/s of text on %d threads: %.1f MB/s (other processes: %s)",
					TARGET_EXTRACTOR_MB, Runtime.getRuntime().availableProcessors(), extractor.megabytesPerSecond(),
					othersLoad(extractor));
		}
		List<ProcessUsage> services = this.pipeline.phases()
			.stream()
			.flatMap(phase -> phase.processes().stream())
			.filter(process -> BenchSettings.SERVICES.contains(process.name()))
			.toList();
		boolean within = BenchSettings.SERVICES.stream()
			.allMatch(service -> heapBytes(this.settings.heap(service)) <= TARGET_HEAP);
		String peaks = BenchSettings.SERVICES.stream()
			.map(service -> service + " " + mib(services.stream()
				.filter(process -> process.name().equals(service))
				.mapToLong(ProcessUsage::peakHeapBytes)
				.max()
				.orElse(0)) + " of " + this.settings.heap(service))
			.collect(Collectors.joining(", "));
		target(within, "every service within a 512 MiB heap (peak in use of -Xmx): %s", peaks);
		boolean headroom = !services.isEmpty() && services.stream()
			.allMatch(process -> process.liveHeapBytes() > 0
					&& process.liveHeapBytes() <= TARGET_LIVE_SHARE * heapBytes(process.heapLimit()));
		String lives = BenchSettings.SERVICES.stream()
			.map(service -> service + " " + mib(services.stream()
				.filter(process -> process.name().equals(service))
				.mapToLong(ProcessUsage::liveHeapBytes)
				.max()
				.orElse(0)) + " of " + this.settings.heap(service))
			.collect(Collectors.joining(", "));
		target(headroom, "every service holds <= %.0f %% of its heap after a full GC at the end of each run: %s",
				100 * TARGET_LIVE_SHARE, lives);
	}

	/** What a process held at the end of the run, with its share of the heap limit. */
	private static String live(ProcessUsage process) {
		if (process.liveHeapBytes() <= 0) {
			return "-";
		}
		return String.format(Locale.ROOT, "%s (%.0f %%)", mib(process.liveHeapBytes()),
				100.0 * process.liveHeapBytes() / heapBytes(process.heapLimit()));
	}

	/** How busy other processes kept the machine during a raw measurement, and what that means for its figure. */
	static String othersLoad(Limit limit) {
		if (Double.isNaN(limit.othersShare())) {
			return "unknown (no /proc/stat)";
		}
		return String.format(Locale.ROOT, "%.0f %% of the machine%s", 100 * limit.othersShare(),
				limit.understated() ? " -- UNDERSTATED: rerun on an idle machine" : "");
	}

	/**
	 * Kafka's share of the limit: per article, the CPU of producing and consuming both of its records (tools and
	 * broker), each record produced once and consumed once; null unless both topics' figures are there.
	 */
	private Limit kafkaRoundTrip() {
		int articles = Integer.MAX_VALUE;
		double cpuMillis = 0;
		double secondsPerArticle = 0;
		double others = 0;
		for (String records : List.of(INGESTED, ENRICHED)) {
			for (Limit limit : Arrays.asList(find(RawLimits.produceStage(records)),
					find(RawLimits.consumeStage(records)))) {
				if (limit == null) {
					return null;
				}
				articles = Math.min(articles, limit.articles());
				cpuMillis += limit.cpuMillisPerArticle();
				secondsPerArticle += 1 / limit.articlesPerSecond();
				others = Math.max(others, limit.othersShare());
			}
		}
		double cpuSeconds = cpuMillis * articles / 1000;
		return new Limit(KAFKA_ROUND_TRIP, "both records of an article, the four one after the other: "
				+ "1 / (sum of 1 / each)", articles, 1 / secondsPerArticle, 0,
				Double.isNaN(cpuSeconds) ? 0 : cpuSeconds, others);
	}

	private Limit find(String stage) {
		return this.limits.limits().stream().filter(limit -> limit.stage().equals(stage)).findFirst().orElse(null);
	}

	private void target(boolean met, String format, Object... args) {
		line("  %-9s %s", met ? "[met]" : "[NOT met]", String.format(Locale.ROOT, format, args));
	}

	private void line(String format, Object... args) {
		this.out.append(String.format(Locale.ROOT, format, args)).append('\n');
	}

	private static String mib(long bytes) {
		return bytes <= 0 ? "-" : (bytes >> 20) + " MiB";
	}

	private static long heapBytes(String heap) {
		String value = heap.toLowerCase(Locale.ROOT);
		long amount = Long.parseLong(value.replaceAll("[^0-9]", ""));
		return value.endsWith("g") ? amount << 30 : value.endsWith("m") ? amount << 20 : value.endsWith("k")
				? amount << 10 : amount;
	}

	private static String machine() {
		String model = "?";
		long memory = 0;
		try {
			for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
				if (line.startsWith("model name")) {
					model = line.substring(line.indexOf(':') + 1).strip();
					break;
				}
			}
			for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
				if (line.startsWith("MemTotal:")) {
					memory = Long.parseLong(line.replaceAll("[^0-9]", "")) << 10;
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// not Linux: the rest of the line still says enough
		}
		return String.format(Locale.ROOT, "%d cores (%s), %.1f GiB, %s %s, JDK %s", Runtime.getRuntime()
			.availableProcessors(), model, memory / (double) (1L << 30), System.getProperty("os.name"),
				System.getProperty("os.version"), System.getProperty("java.runtime.version"));
	}

}
