package io.articleflow.bench;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.articleflow.bench.ThreadTicks.Kind;
import io.articleflow.bench.ThreadTicks.Reading;

import static org.assertj.core.api.Assertions.assertThat;

class ThreadTicksTests {

	@Test
	void tellsCompilerAndCollectorThreadsByTheirKernelNames() {
		assertThat(Kind.of("C2 CompilerThre")).isEqualTo(Kind.JIT);
		assertThat(Kind.of("C1 CompilerThre")).isEqualTo(Kind.JIT);
		assertThat(Kind.of("GC Thread#0")).isEqualTo(Kind.GC);
		assertThat(Kind.of("G1 Conc#0")).isEqualTo(Kind.GC);
		assertThat(Kind.of("VM Thread")).isEqualTo(Kind.GC);
		assertThat(Kind.of("ingest-0")).isNull();
		assertThat(Kind.of("KafkaConsumerDe")).isNull();
	}

	@Test
	void readsThisJvmsCompilerThreads() {
		assertThat(ThreadTicks.read(ProcessHandle.current().pid()).values()).extracting(Reading::kind)
			.contains(Kind.JIT, Kind.GC);
		assertThat(ThreadTicks.read(Long.MAX_VALUE)).isEmpty();
	}

	@Test
	void countsWhatEachThreadUsedBetweenTwoReadingsAndNewThreadsWhole() {
		Map<Long, Reading> before = Map.of(1L, new Reading(Kind.JIT, 100), 2L, new Reading(Kind.GC, 50));
		Map<Long, Reading> after = Map.of(1L, new Reading(Kind.JIT, 130), 2L, new Reading(Kind.GC, 55), 3L,
				new Reading(Kind.JIT, 7));

		assertThat(ThreadTicks.between(before, after)).containsOnly(Map.entry(Kind.JIT, 37L), Map.entry(Kind.GC, 5L));
	}

}
