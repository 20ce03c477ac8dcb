package io.articleflow.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.articleflow.bench.BenchResults.Phase;
import io.articleflow.bench.BenchResults.Scaling;

import static org.assertj.core.api.Assertions.assertThat;

/** The scaling tables: a service's instances count together, and the runs are compared per article. */
class ScalingReportTests {

	@Test
	void addsUpTheInstancesOfAServiceAndComparesTheRunsPerArticle() {
		// 1,000 articles of 10 kB in 10 s; one instance: 1 + 2 + 4 + 1 = 8 ms per article
		Phase one = phase("10 kB, 1 extract instance", 10, List.of(usage("kafka", 1, 0), usage("ingest-service", 2, 0),
				usage("extract-service", 4, 0.4), usage("index-service", 1, 0)));
		// two instances, 3 + 2 s of extract: 9 ms per article, in 12.5 s
		Phase two = phase("10 kB, 2 extract instances", 12.5, List.of(usage("kafka", 1, 0),
				usage("ingest-service", 2, 0), usage("extract-service", 3, 0.9), usage("extract-service-2", 2, 0.9),
				usage("index-service", 1, 0)));

		String report = ScalingReport.instances(new Scaling(List.of(one), List.of(one, two)));

		assertThat(ScalingReport.cpuMillis(two, "extract-service")).isEqualTo(5.0);
		assertThat(report).containsPattern("10 kB, 2 extract instances +1,000 +10\\.0 +80 +1\\.00 +2\\.00 +5\\.00 "
				+ "+1\\.00 +9\\.00 +0\\.900 +0\\.72 +20%")
			.containsPattern("10 kB, 1 extract instance +1,000 +10\\.0 +100 .* 8\\.00 +0\\.800 +0\\.80 +5%")
			.contains("with more instances: 0.80x the articles/s and 1.13x the CPU per article of one");
	}

	@Test
	void countsTheExtraInstancesOfTheSettingsAmongTheProcesses(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("bench.properties");
		Files.writeString(file, "instances.extra=extract-service-2, extract-service-3\n");

		assertThat(BenchSettings.load(file).processes()).containsExactly("kafka", "ingest-service", "extract-service",
				"index-service", "extract-service-2", "extract-service-3");
		assertThat(BenchSettings.serviceOf("extract-service-2")).isEqualTo("extract-service");
		assertThat(BenchSettings.serviceOf("index-service")).isEqualTo("index-service");
	}

	private static Phase phase(String name, double seconds, List<ProcessUsage> processes) {
		return new Phase(name, 1000, 10_000_000L, 0, 5000, 1000, seconds, 1000 / seconds,
				Latencies.of(List.of(100L)), processes, seconds, "2026-12-07T10:00:00Z", "2026-12-07T10:00:10Z");
	}

	private static ProcessUsage usage(String name, double cpuSeconds, double jitSeconds) {
		return new ProcessUsage(name, cpuSeconds, jitSeconds, 0, 0, 0, "384m", 0);
	}

}
