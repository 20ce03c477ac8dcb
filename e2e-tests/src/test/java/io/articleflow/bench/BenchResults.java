package io.articleflow.bench;

import java.util.List;

/** What {@code ./pipeline bench} measured, kept as JSON between its steps ({@code results/*.json}). */
final class BenchResults {

	private BenchResults() {
	}

	/**
	 * The pipeline's runs.
	 *
	 * @param startedAt when the bench began (ISO 8601)
	 * @param command how it was started, for the report
	 * @param corpus the generated articles of the measured runs
	 * @param phases the runs, in order
	 */
	record Pipeline(String startedAt, String command, Corpus corpus, List<Phase> phases) {

		/** The phase of this name, or {@code null}. */
		Phase phase(String name) {
			return this.phases.stream().filter(phase -> phase.name().equals(name)).findFirst().orElse(null);
		}

	}

	/**
	 * @param articles how many articles the measured runs used (warm-up excluded)
	 * @param bytes their size
	 * @param warmup how many articles warmed the pipeline up before
	 */
	record Corpus(int articles, long bytes, int warmup) {
	}

	/**
	 * One run of articles through the pipeline.
	 *
	 * @param name {@code warm-up}, {@code throughput} or {@code latency}
	 * @param articles how many articles were dropped
	 * @param bytes their size
	 * @param offeredRate the fixed arrival rate (articles/s), or 0 when all were dropped at once
	 * @param arrivalRate the rate at which they were in fact dropped
	 * @param indexed how many of them index-service reported searchable
	 * @param seconds from the first file seen to the last article searchable
	 * @param throughput articles per second over those seconds
	 * @param latency file seen to searchable, per article
	 * @param processes CPU and heap of each process from the first drop to the last article searchable
	 * @param windowSeconds the length of that window (wall clock)
	 * @param from when that window began (ISO 8601), e.g. to cut a flight recording to it
	 * @param to when it ended
	 */
	record Phase(String name, int articles, long bytes, double offeredRate, double arrivalRate, int indexed,
			double seconds, double throughput, Latencies latency, List<ProcessUsage> processes,
			double windowSeconds, String from, String to) {
	}

	/**
	 * A physical limit: one stage alone on the same machine and bytes.
	 *
	 * @param stage what was measured
	 * @param setup how
	 * @param articles how many articles (records, documents) it measured
	 * @param articlesPerSecond its throughput in articles per second
	 * @param megabytesPerSecond the same in MB/s
	 * @param cpuSeconds CPU time it used (0 when unknown)
	 * @param othersShare the share (0-1) of the machine's CPU other processes used meanwhile (NaN when unknown)
	 */
	record Limit(String stage, String setup, int articles, double articlesPerSecond, double megabytesPerSecond,
			double cpuSeconds, double othersShare) {

		/** CPU milliseconds per article, NaN when the CPU time is unknown. */
		double cpuMillisPerArticle() {
			return (this.cpuSeconds > 0 && this.articles > 0) ? 1000 * this.cpuSeconds / this.articles : Double.NaN;
		}

		/** Measured on a machine that others kept busy: the figure is below what the stage can do. */
		boolean understated() {
			return this.othersShare > MachineLoad.BUSY_SHARE;
		}

	}

	/** The limits measured after the pipeline's runs. */
	record Limits(List<Limit> limits) {
	}

	/**
	 * The scaling runs ({@code --scaling}).
	 *
	 * @param sizes one run per article size, with one extract-service instance
	 * @param instances the run of the same articles' size with two extract-service instances, after the
	 *     one-instance run of {@code sizes} it is compared with
	 */
	record Scaling(List<Phase> sizes, List<Phase> instances) {
	}

}
