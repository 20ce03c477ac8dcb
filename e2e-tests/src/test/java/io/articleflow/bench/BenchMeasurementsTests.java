package io.articleflow.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** How the bench reads what the processes of a run report: latencies, log lines, GC logs, CPU time. */
class BenchMeasurementsTests {

	@Test
	void percentilesAreNearestRankOfTheExactValues() {
		Latencies latencies = Latencies.of(LongStream.rangeClosed(1, 200).boxed().toList());

		assertThat(latencies).isEqualTo(new Latencies(200, 100, 190, 198, 200));
		assertThat(Latencies.of(List.of())).isEqualTo(new Latencies(0, 0, 0, 0, 0));
		assertThat(Latencies.of(List.of(7L))).isEqualTo(new Latencies(1, 7, 7, 7, 7));
	}

	@Test
	void splitsEachArticlesLatencyByStageAndSaysWhereTheSlowestSpentIt() {
		List<StageLatencies.Stages> stages = new ArrayList<>();
		for (int i = 0; i < 198; i++) {
			stages.add(new StageLatencies.Stages(5, 40, 60));
		}
		stages.add(new StageLatencies.Stages(5, 40, 400));
		stages.add(new StageLatencies.Stages(301, 40, 60));

		StageLatencies latencies = StageLatencies.of(stages);

		assertThat(latencies.ingest().p50()).isEqualTo(5);
		assertThat(latencies.ingest().max()).isEqualTo(301);
		assertThat(latencies.index().max()).isEqualTo(400);
		// the slowest 1 % of 200 articles are the two slow ones
		assertThat(latencies.slowest()).containsExactly(153.0, 40.0, 230.0);
		assertThat(latencies.toString()).contains("ingest p50 5 / p99 5 ms", "153 / 40 / 230 ms");
	}

	@Test
	void readsWhenEachArticleWasSeenAndSearchableFromIndexServicesLogLine() {
		Map<String, IndexedLog.Indexed> indexed = new HashMap<>();
		String line = "2026-11-23T15:06:18.615Z  INFO 19672 --- [index-service] [container-0-C-1] "
				+ "[69f1,02a3,0f00c7430192e909aa] i.a.index.consume.IndexedArticleObserver : Indexed document "
				+ "0f00c7430192e909aa: searchable 1234 ms after its file was seen";

		IndexedLog.parse(line, indexed);
		IndexedLog.parse(line.replace("1234 ms", "99 ms"), indexed);
		IndexedLog.parse("2026-11-23T15:06:18.615Z  INFO Started IndexServiceApplication", indexed);

		assertThat(indexed).containsOnlyKeys("0f00c7430192e909aa");
		assertThat(indexed.get("0f00c7430192e909aa")).isEqualTo(new IndexedLog.Indexed(
				Instant.parse("2026-11-23T15:06:17.381Z"), Instant.parse("2026-11-23T15:06:18.615Z"), 1234));
	}

	@Test
	void followsTheLogAsItGrowsKeepingALineBeingWrittenForLater(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("index-service.log");
		String first = "2026-11-23T15:06:18.615Z  INFO x : Indexed document aa: searchable 10 ms after its file was seen\n";
		String second = "2026-11-23T15:06:19.000Z  INFO x : Indexed document bb: searchable 20 ms after its file was seen\n";
		IndexedLog log = new IndexedLog(file);

		assertThat(log.refresh()).isZero();
		Files.writeString(file, first + second.substring(0, 40));
		assertThat(log.refresh()).isEqualTo(1);
		assertThat(log.containsAll(List.of("aa", "bb"))).isFalse();
		Files.writeString(file, second.substring(40), java.nio.file.StandardOpenOption.APPEND);
		assertThat(log.refresh()).isEqualTo(1);

		assertThat(log.containsAll(List.of("aa", "bb"))).isTrue();
		assertThat(log.get("bb").latencyMillis()).isEqualTo(20);
		assertThat(log.count(List.of("aa", "cc"))).isEqualTo(1);
	}

	@Test
	void takesThePeakHeapBeforeAndTheMostAfterTheCollectionsOfTheWindow(@TempDir Path dir) throws Exception {
		Path log = Files.write(dir.resolve("gc.log"), List.of(
				"[2026-11-23T15:00:00.000+0000] Using G1",
				"[2026-11-23T15:00:01.000+0000] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 900M->800M(1024M) 3.1ms",
				"[2026-11-23T15:00:10.000+0000] GC(1) Pause Young (Normal) (G1 Evacuation Pause) 120M->40M(256M) 3.1ms",
				"[2026-11-23T15:00:11.000+0000] GC(2) Pause Young (Concurrent Start) (G1 Humongous Allocation) "
						+ "200M->64M(256M) 4.0ms",
				"[2026-11-23T15:00:11.500+0000] GC(2) Pause Remark 70M->70M(256M) 1.2ms",
				"[2026-11-23T15:00:12.000+0000] GC(3) Pause Young (Normal) (G1 Evacuation Pause) 512K->256K(1G) 1.0ms"));

		long[] heap = ProcessUsage.heap(log, Instant.parse("2026-11-23T15:00:05Z"),
				Instant.parse("2026-11-23T15:00:20Z"));

		assertThat(heap).containsExactly(200L << 20, 70L << 20);
	}

	@Test
	void takesWhatAProcessHoldsFromTheLastFullCollectionItWasAskedFor(@TempDir Path dir) throws Exception {
		Path log = Files.write(dir.resolve("gc.log"), List.of(
				"[2026-11-23T15:00:01.000+0000] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 300M->290M(384M) 3.1ms",
				"[2026-11-23T15:00:02.000+0000] GC(1) Pause Full (System.gc()) 290M->140M(384M) 210.0ms",
				"[2026-11-23T15:00:09.000+0000] GC(2) Pause Full (G1 Compaction Pause) 380M->370M(384M) 300.0ms",
				"[2026-11-23T15:00:10.000+0000] GC(3) Pause Full (Diagnostic Command) 200M->120M(384M) 180.0ms",
				"[2026-11-23T15:00:11.000+0000] GC(4) Pause Young (Normal) (G1 Evacuation Pause) 150M->125M(384M) 2ms"));

		assertThat(ProcessUsage.lastFullCollection(log)).isEqualTo(120L << 20);
		assertThat(ProcessUsage.lastFullCollection(dir.resolve("missing.log"))).isZero();
	}

	@Test
	void readsTheCpuTimeOfALiveProcessAndNothingOfAGoneOne() {
		assertThat(ProcessUsage.cpuTicks(ProcessHandle.current().pid())).isPositive();
		assertThat(ProcessUsage.cpuTicks(Long.MAX_VALUE)).isEqualTo(-1);
	}

	@Test
	void countsTheMachinesBusyTicksWithoutIdleAndIowait() {
		long[] ticks = MachineLoad.parse("cpu  100 5 50 1000 20 3 2 7 0 0");
		assertThat(ticks).containsExactly(167, 1187);
	}

	@Test
	void flagsALimitMeasuredWhileOtherProcessesKeptTheMachineBusy() {
		BenchResults.Limit idle = new BenchResults.Limit("extractor alone", "", 20000, 900, 9, 40, 0.02);
		BenchResults.Limit busy = new BenchResults.Limit("extractor alone", "", 20000, 450, 4.5, 40, 0.45);
		assertThat(BenchReport.othersLoad(idle)).isEqualTo("2 % of the machine");
		assertThat(BenchReport.othersLoad(busy)).startsWith("45 % of the machine -- UNDERSTATED");
	}

	@Test
	void seesTheLoadOfAnotherProcessBesideTheWatchedOne() throws Exception {
		Process sleeper = new ProcessBuilder("sleep", "2").start();
		MachineLoad load = MachineLoad.watch(sleeper);
		// this JVM spins on one core while the watched process sleeps
		long end = System.nanoTime() + 1_500_000_000L;
		long spins = 0;
		while (System.nanoTime() < end) {
			spins++;
		}
		sleeper.waitFor();
		assertThat(spins).isPositive();
		// one of the machine's cores busy beside it (less when the JVM was descheduled)
		assertThat(load.othersShare()).isGreaterThan(0.5 / Runtime.getRuntime().availableProcessors());
	}

}
