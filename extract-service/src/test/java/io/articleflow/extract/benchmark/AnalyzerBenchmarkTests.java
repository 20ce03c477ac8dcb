package io.articleflow.extract.benchmark;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark's operations do the work they are named for, and the same work each time they run. */
class AnalyzerBenchmarkTests {

	private static final AnalyzerBenchmark benchmark = new AnalyzerBenchmark();

	@BeforeAll
	static void loadTheSeeds() {
		benchmark.load();
	}

	@Test
	void oneOperationIsOnePassOverTheSeeds() {
		AnalyzerBenchmark.SeedPass pass = AnalyzerBenchmark.seedPass();
		assertThat(pass.articles()).isEqualTo(5);
		assertThat(pass.bytes()).isGreaterThanOrEqualTo(pass.chars()).isGreaterThan(10_000);
	}

	@Test
	void everyOperationFindsWhatItIsNamedForAndTheSameEachTime() {
		int analyzed = benchmark.analyze();
		int entities = benchmark.entities();
		int names = benchmark.knowledgeBaseNames();
		int tokens = benchmark.tokens();
		assertThat((long) tokens).isGreaterThan(AnalyzerBenchmark.seedPass().chars() / 10);
		assertThat(analyzed).isGreaterThan(50);
		assertThat(entities).isGreaterThan(50);
		assertThat(names).isGreaterThan(50);
		assertThat(benchmark.analyze()).isEqualTo(analyzed);
		assertThat(benchmark.entities()).isEqualTo(entities);
		assertThat(benchmark.knowledgeBaseNames()).isEqualTo(names);
		assertThat(benchmark.tokens()).isEqualTo(tokens);
	}

}
