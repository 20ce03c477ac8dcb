package io.articleflow.index.throughput;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.articleflow.index.TestArticles;
import io.articleflow.index.store.ArticleQuery;
import io.articleflow.index.store.lucene.LuceneArticleIndex;

import static org.assertj.core.api.Assertions.assertThat;

class SearchBenchTests {

	private final List<String> events = List.of(TestArticles.defenseDiplomacy().json(),
			TestArticles.aseanMeeting().json(), TestArticles.riceExports().json());

	@Test
	void growsTheIndexWithCopiesUnderIdsAndStoriesOfTheirOwn(@TempDir Path dir) throws Exception {
		try (LuceneArticleIndex index = LuceneArticleIndex.open(dir, TestArticles.JSON)) {
			SearchBench bench = new SearchBench(index, TestArticles.JSON, this.events);

			// When the index grows to 4 then 7 articles from 3 events
			SearchBench.Growth first = bench.growTo(4, 2);
			SearchBench.Growth second = bench.growTo(7, 2);

			// Then it holds 7 distinct articles: the first round as they came, later ones as copies
			assertThat(first.articles()).isEqualTo(4);
			assertThat(second.articles()).isEqualTo(3);
			assertThat(index.count()).isEqualTo(7);
			assertThat(index.findJson("a-diplomacy")).contains(this.events.get(0));
			assertThat(index.findJson("a-diplomacy-1")).isPresent();
			assertThat(index.findJson("a-diplomacy-2")).isPresent();
			assertThat(bench.copy(3).article().clusterId()).isNotEqualTo(bench.copy(0).article().clusterId());
		}
	}

	@Test
	void timesAMixOfSearchesThatAllFindTheCorpusEntities(@TempDir Path dir) throws Exception {
		try (LuceneArticleIndex index = LuceneArticleIndex.open(dir, TestArticles.JSON)) {
			SearchBench bench = new SearchBench(index, TestArticles.JSON, this.events);
			bench.growTo(3, 10);
			List<ArticleQuery> queries = bench.queries(2);

			SearchBench.Latencies latencies = bench.time(queries, 3);

			// four searches per entity drawn, one per entity type, each timed once per round
			assertThat(queries).hasSizeGreaterThan(8);
			assertThat(latencies.searches()).isEqualTo(queries.size() * 3);
			assertThat(latencies.p50()).isPositive().isLessThanOrEqualTo(latencies.p99());
			assertThat(latencies.p99()).isLessThanOrEqualTo(latencies.max());
			// the entity-filter searches find the entity's articles
			ArticleQuery byEntity = queries.get(1);
			assertThat(byEntity.entities()).hasSize(1);
			assertThat(index.search(byEntity).total()).isPositive();
			assertThat(latencies.hits()).isPositive();
		}
	}

	@Test
	void takesTheNearestRankPercentile() {
		double[] sorted = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
		assertThat(SearchBench.percentile(sorted, 50)).isEqualTo(5);
		assertThat(SearchBench.percentile(sorted, 99)).isEqualTo(10);
	}

}
