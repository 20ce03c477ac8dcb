package io.articleflow.bench;

import java.util.List;
import java.util.Locale;

import io.articleflow.bench.BenchResults.Phase;
import io.articleflow.bench.BenchResults.Scaling;

/**
 * The tables of the scaling runs: per run its articles, their mean size, throughput, CPU milliseconds per article of
 * each service (all its instances together) and per kB, the cores the run kept busy and the JIT compilers' share.
 */
final class ScalingReport {

	private static final List<String> COLUMNS = List.of(BenchSettings.KAFKA, "ingest-service", "extract-service",
			"index-service");

	private ScalingReport() {
	}

	static String sizes(Scaling scaling) {
		StringBuilder out = new StringBuilder(
				"Scaling with article size: each size after its own warm-up, all articles dropped at once\n");
		table(out, scaling.sizes());
		return out.toString();
	}

	static String instances(Scaling scaling) {
		StringBuilder out = new StringBuilder(
				"Scaling with extract-service instances in one consumer group: the same size, one and then more\n");
		List<Phase> runs = scaling.instances();
		table(out, runs);
		if (runs.size() == 2) {
			Phase one = runs.get(0);
			Phase more = runs.get(1);
			out.append(String.format(Locale.ROOT,
					"  with more instances: %.2fx the articles/s and %.2fx the CPU per article of one, %.2f cores "
							+ "busy against %.2f (of %d)%n",
					more.throughput() / one.throughput(), BenchReport.cpuMillis(more) / BenchReport.cpuMillis(one),
					coresBusy(more), coresBusy(one), Runtime.getRuntime().availableProcessors()));
		}
		return out.toString();
	}

	private static void table(StringBuilder out, List<Phase> runs) {
		out.append("  CPU ms per article of each service (all its instances), of all, and of all per kB of text\n");
		out.append(String.format(Locale.ROOT, "  %-30s %8s %8s %10s %7s %7s %7s %7s %7s %7s %6s %5s%n", "run",
				"articles", "kB each", "articles/s", "kafka", "ingest", "extract", "index", "all", "per kB", "cores",
				"JIT"));
		for (Phase run : runs) {
			double kilobytes = run.bytes() / 1000.0 / Math.max(1, run.articles());
			double all = BenchReport.cpuMillis(run);
			out.append(String.format(Locale.ROOT, "  %-30s %,8d %8.1f %,10.0f", run.name(), run.articles(), kilobytes,
					run.throughput()));
			for (String service : COLUMNS) {
				out.append(String.format(Locale.ROOT, " %7.2f", cpuMillis(run, service)));
			}
			out.append(String.format(Locale.ROOT, " %7.2f %7.3f %6.2f %4.0f%%%n", all, all / kilobytes,
					coresBusy(run), 100 * jitShare(run)));
		}
	}

	/** CPU milliseconds per article of a service's instances. */
	static double cpuMillis(Phase run, String service) {
		double seconds = run.processes()
			.stream()
			.filter(process -> BenchSettings.serviceOf(process.name()).equals(service))
			.mapToDouble(ProcessUsage::cpuSeconds)
			.sum();
		return 1000 * seconds / Math.max(1, run.articles());
	}

	private static double coresBusy(Phase run) {
		return BenchReport.cpuMillis(run) * run.articles() / 1000 / Math.max(run.windowSeconds(), 1e-3);
	}

	private static double jitShare(Phase run) {
		double cpu = run.processes().stream().mapToDouble(ProcessUsage::cpuSeconds).sum();
		double jit = run.processes().stream().mapToDouble(ProcessUsage::jitSeconds).sum();
		return cpu > 0 ? jit / cpu : 0;
	}

}
