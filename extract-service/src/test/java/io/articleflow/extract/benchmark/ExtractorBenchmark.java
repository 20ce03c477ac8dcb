package io.articleflow.extract.benchmark;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;

import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link AnalyzerBenchmark} under JMH (one fork, one thread, with its allocation profiler) and prints, per
 * benchmark, the seed passes per second with JMH's 99.9 % confidence interval, the same as articles/s and MB/s of
 * text (UTF-8), and the bytes allocated per article and per byte of text. Run it with
 * {@code mvn -pl extract-service -am -Pbenchmark -DskipTests verify}; it is a measurement, not a test, and asserts
 * nothing.
 *
 * <p>
 * Arguments (optional): warm-up seconds (default 15), measured seconds (default 20), each in 5 iterations, and a
 * regular expression of the benchmarks to run (default all: {@code analyze}, {@code entities},
 * {@code knowledgeBaseNames}, {@code tokens}).
 */
public final class ExtractorBenchmark {

	private static final int ITERATIONS = 5;

	private ExtractorBenchmark() {
	}

	public static void main(String[] args) throws RunnerException {
		double warmupSeconds = args.length > 0 ? Double.parseDouble(args[0]) : 15;
		double measureSeconds = args.length > 1 ? Double.parseDouble(args[1]) : 20;
		String only = args.length > 2 ? args[2] : ".*";
		Options options = new OptionsBuilder().include(AnalyzerBenchmark.class.getName() + "\\.(" + only + ")$")
			.forks(1)
			.threads(1)
			.warmupIterations(ITERATIONS)
			.warmupTime(TimeValue.milliseconds((long) (warmupSeconds * 1000 / ITERATIONS)))
			.measurementIterations(ITERATIONS)
			.measurementTime(TimeValue.milliseconds((long) (measureSeconds * 1000 / ITERATIONS)))
			.addProfiler(GCProfiler.class)
			.build();
		Collection<RunResult> results = new Runner(options).run();

		AnalyzerBenchmark.SeedPass pass = AnalyzerBenchmark.seedPass();
		System.out.printf(Locale.ROOT, "%nOne operation = the %d seed articles, %,d UTF-8 bytes (%,d chars); one thread%n",
				pass.articles(), pass.bytes(), pass.chars());
		System.out.printf(Locale.ROOT, "%-20s %18s %12s %14s %16s %14s%n", "benchmark", "ops/s (99.9 %)", "articles/s",
				"MB/s", "alloc/article", "alloc/byte");
		for (RunResult result : results) {
			Result<?> primary = result.getPrimaryResult();
			String name = result.getParams().getBenchmark().replaceAll(".*\\.", "");
			double ops = primary.getScore();
			double error = Double.isNaN(primary.getScoreError()) ? 0 : primary.getScoreError();
			double allocatedPerOp = allocatedPerOperation(result.getSecondaryResults());
			System.out.printf(Locale.ROOT, "%-20s %9.2f ± %6.2f %12.0f %7.2f ± %4.2f %14.0f B %12.1f B%n", name, ops,
					error, ops * pass.articles(), ops * pass.bytes() / 1e6, error * pass.bytes() / 1e6,
					allocatedPerOp / pass.articles(), allocatedPerOp / pass.bytes());
		}
	}

	/** JMH's {@code gc.alloc.rate.norm}: bytes allocated per operation (NaN without the allocation profiler). */
	private static double allocatedPerOperation(Map<String, Result> secondary) {
		return secondary.entrySet()
			.stream()
			.filter(entry -> entry.getKey().endsWith("gc.alloc.rate.norm"))
			.mapToDouble(entry -> entry.getValue().getScore())
			.findFirst()
			.orElse(Double.NaN);
	}

}
