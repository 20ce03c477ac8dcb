package io.articleflow.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.articleflow.bench.BenchResults.Limit;
import io.articleflow.bench.BenchResults.Phase;

import static org.assertj.core.api.Assertions.assertThat;

/** What the bench's report concludes from the figures it is given. */
class BenchReportTests {

	@Test
	void setsEachProcessBesideTheRawCostOfItsWorkAndTheSumAsTheLimit(@TempDir Path state) throws Exception {
		// 1,000 articles; CPU s per process: 1 + 3 + 4 + 2 = 10 ms per article
		Phase throughput = phase("throughput", 0, 200, 300, List.of(process("kafka", 1), process("ingest-service", 3),
				process("extract-service", 4), process("index-service", 2)));
		// raw, per article: Kafka 0.1 + 0.2 (raw events) + 0.3 + 0.4 (enriched ones), text 1, extractor 1.5,
		// Lucene 1 = 4.5 ms
		BenchResults.Limits limits = new BenchResults.Limits(List.of(
				limit(RawLimits.produceStage(BenchReport.INGESTED), 2000, 0.1),
				limit(RawLimits.consumeStage(BenchReport.INGESTED), 2000, 0.2),
				limit(RawLimits.produceStage(BenchReport.ENRICHED), 2000, 0.3),
				limit(RawLimits.consumeStage(BenchReport.ENRICHED), 2000, 0.4), limit(RawLimits.TEXT_ALONE, 1000, 1),
				limit("extractor alone", 1000, 1.5, 14e6), limit("Lucene indexing alone", 1000, 1)));

		String report = report(state, List.of(throughput, phase("latency", 100, 100, 250, throughput.processes())),
				limits);

		assertThat(report).contains("  ingest-service        3.00      1.00   3.00x   text extraction alone")
			.contains("  kafka                 1.00      1.00   1.00x   Kafka produce + consume")
			.containsPattern("Kafka produce \\+ consume +500 articles/s +both records of an article")
			.contains("  all                  10.00      4.50   2.22x")
			.contains("limit: " + Runtime.getRuntime().availableProcessors() + " cores / 4.50 ms")
			.contains("[NOT met] CPU per article end to end <= 1.25 x the same work done alone (4.50 ms): 10.00 ms "
					+ "(2.22x)")
			.contains("[NOT met] CPU per article end to end <= 5 ms (all processes): 10.00 ms")
			.contains("[met]     p99 file seen -> searchable <= 300 ms at half the maximum rate: 250 ms")
			.contains("[met]     extractor alone >= 12 MB/s");
	}

	@Test
	void meetsTheCpuTargetsWithinAQuarterOfTheRawCost(@TempDir Path state) throws Exception {
		Phase throughput = phase("throughput", 0, 400, 900, List.of(process("kafka", 0.5), process("ingest-service", 1),
				process("extract-service", 2), process("index-service", 1.4)));
		BenchResults.Limits limits = new BenchResults.Limits(List.of(
				limit(RawLimits.produceStage(BenchReport.INGESTED), 1000, 0.1),
				limit(RawLimits.consumeStage(BenchReport.INGESTED), 1000, 0.1),
				limit(RawLimits.produceStage(BenchReport.ENRICHED), 1000, 0.1),
				limit(RawLimits.consumeStage(BenchReport.ENRICHED), 1000, 0.1), limit(RawLimits.TEXT_ALONE, 1000, 0.9),
				limit("extractor alone", 1000, 1.8, 10e6), limit("Lucene indexing alone", 1000, 1.1)));

		String report = report(state, List.of(throughput), limits);

		assertThat(report).contains("[met]     CPU per article end to end <= 1.25 x the same work done alone (4.20 ms): "
				+ "4.90 ms (1.17x)")
			.contains("[met]     CPU per article end to end <= 5 ms (all processes): 4.90 ms")
			.contains("[NOT met] extractor alone >= 12 MB/s");
	}

	@Test
	void showsTheJitAndCollectorSharesAndSaysWhenARunWasStillCompiling(@TempDir Path state) throws Exception {
		ProcessUsage compiling = new ProcessUsage("extract-service", 4, 1.2, 0.4, 100L << 20, 80L << 20, "384m",
				50L << 20);
		Phase throughput = phase("throughput", 0, 200, 300, List.of(process("kafka", 1), process("ingest-service", 3),
				compiling, process("index-service", 2)));

		String report = report(state, List.of(throughput), new BenchResults.Limits(List.of()));

		assertThat(report).containsPattern("extract-service +4\\.0 +4\\.00 +30 % +10 %")
			.containsPattern("ingest-service +3\\.0 +3\\.00 +2 % +5 %")
			.contains("NOT STEADY: extract-service spent 30 % of its CPU compiling code")
			.doesNotContain("NOT STEADY: ingest-service");
	}

	private static String report(Path state, List<Phase> phases, BenchResults.Limits limits) throws Exception {
		Path properties = state.resolve("bench.properties");
		Files.writeString(properties, "heap.kafka=512m\nheap.ingest-service=512m\nheap.extract-service=384m\n"
				+ "heap.index-service=384m\n");
		BenchResults.Pipeline pipeline = new BenchResults.Pipeline("2026-12-04T00:00:00Z", "./pipeline bench",
				new BenchResults.Corpus(1000, 10_000_000, 100), phases);
		return new BenchReport(BenchSettings.load(properties), pipeline, limits).toString();
	}

	private static Phase phase(String name, double rate, double throughput, long p99, List<ProcessUsage> processes) {
		return new Phase(name, 1000, 10_000_000, rate, rate > 0 ? rate : 1000, 1000, 1000 / throughput, throughput,
				new Latencies(1000, p99 / 2, p99 - 10, p99, p99 + 5), processes, 1000 / throughput, "", "");
	}

	private static ProcessUsage process(String name, double cpuSeconds) {
		return new ProcessUsage(name, cpuSeconds, cpuSeconds / 50, cpuSeconds / 20, 100L << 20, 80L << 20, "512m",
				50L << 20);
	}

	private static Limit limit(String stage, double perSecond, double cpuSecondsPerThousand) {
		return limit(stage, perSecond, cpuSecondsPerThousand, 10e6);
	}

	private static Limit limit(String stage, double perSecond, double cpuSecondsPerThousand, double bytesPerSecond) {
		return new Limit(stage, "", 1000, perSecond, bytesPerSecond / 1e6, cpuSecondsPerThousand, 0.01);
	}

}
