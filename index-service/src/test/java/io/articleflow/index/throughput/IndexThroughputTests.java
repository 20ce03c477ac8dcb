package io.articleflow.index.throughput;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.articleflow.index.TestArticles;
import io.articleflow.index.store.lucene.LuceneArticleIndex;

import static org.assertj.core.api.Assertions.assertThat;

class IndexThroughputTests {

	@Test
	void indexesTheEventsOfTheFileInBatchesUpToTheLimit(@TempDir Path dir) throws Exception {
		// Given a dump of three article-enriched values, one per line
		List<String> values = List.of(TestArticles.defenseDiplomacy().json(), TestArticles.aseanMeeting().json(),
				TestArticles.riceExports().json());
		Path events = Files.write(dir.resolve("enriched.jsonl"), values);

		try (LuceneArticleIndex index = LuceneArticleIndex.open(dir.resolve("index"), TestArticles.JSON)) {
			// When two of them are indexed in batches of one
			IndexThroughput.Result result = IndexThroughput.measure(index, TestArticles.JSON, events, 1, 2);

			// Then both are searchable, and the third was not read
			assertThat(result.documents()).isEqualTo(2);
			assertThat(result.bytes()).isEqualTo(values.get(0).length() + values.get(1).length());
			assertThat(result.batchSize()).isEqualTo(1);
			assertThat(index.count()).isEqualTo(2);
			assertThat(index.findJson("a-diplomacy")).contains(values.get(0));
			assertThat(index.findJson("c-rice")).isEmpty();
		}
	}

}
