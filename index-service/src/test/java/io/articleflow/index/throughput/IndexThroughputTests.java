package io.articleflow.index.throughput;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.articleflow.index.TestArticles;
import io.articleflow.index.store.lucene.LuceneArticleIndex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IndexThroughputTests {

	@Test
	void indexesTheEventsOfTheFileInBatchesUpToTheLimit(@TempDir Path dir) throws Exception {
		// Given a dump of three article-enriched values, one per line
		List<String> values = threeValues();
		Path events = Files.write(dir.resolve("enriched.jsonl"), values);

		try (LuceneArticleIndex index = LuceneArticleIndex.open(dir.resolve("index"), TestArticles.JSON)) {
			// When two of them are indexed in batches of one
			IndexThroughput.Result result = IndexThroughput.measure(index, TestArticles.JSON, events, 1, 1, 2);

			// Then both are searchable, and the third was not read
			assertThat(result.documents()).isEqualTo(2);
			assertThat(result.bytes()).isEqualTo(values.get(0).length() + values.get(1).length());
			assertThat(result.batchSize()).isEqualTo(1);
			assertThat(index.count()).isEqualTo(2);
			assertThat(index.findJson("a-diplomacy")).contains(values.get(0));
			assertThat(index.findJson("c-rice")).isEmpty();
			assertThat(result.batches()).isEqualTo(2);
		}
	}

	@Test
	void commitsEveryFewBatchesAndAlwaysTheLast(@TempDir Path dir) throws Exception {
		// Given a dump of three article-enriched values
		Path events = Files.write(dir.resolve("enriched.jsonl"), threeValues());

		try (LuceneArticleIndex index = LuceneArticleIndex.open(dir.resolve("index"), TestArticles.JSON)) {
			// When they are indexed in batches of one with a commit every second batch
			IndexThroughput.Result result = IndexThroughput.measure(index, TestArticles.JSON, events, 1, 2,
					Integer.MAX_VALUE);

			// Then all three are searchable and in the last commit on disk (read while the writer is still open),
			// and the steps were timed
			assertThat(index.count()).isEqualTo(3);
			try (Directory directory = FSDirectory.open(dir.resolve("index"));
					DirectoryReader committed = DirectoryReader.open(directory)) {
				assertThat(committed.numDocs()).isEqualTo(3);
			}
			assertThat(result.batches()).isEqualTo(3);
			assertThat(result.commitEvery()).isEqualTo(2);
			assertThat(result.writeSeconds()).isPositive();
			assertThat(result.refreshSeconds()).isPositive();
			assertThat(result.commitSeconds()).isPositive();
		}
	}

	@Test
	void refusesABatchOrCommitIntervalBelowOne(@TempDir Path dir) throws Exception {
		Path events = Files.write(dir.resolve("enriched.jsonl"), List.of(TestArticles.riceExports().json()));
		try (LuceneArticleIndex index = LuceneArticleIndex.open(dir.resolve("index"), TestArticles.JSON)) {
			assertThatThrownBy(() -> IndexThroughput.measure(index, TestArticles.JSON, events, 1, 0, 1))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("at least 1");
		}
	}

	private static List<String> threeValues() {
		return List.of(TestArticles.defenseDiplomacy().json(), TestArticles.aseanMeeting().json(),
				TestArticles.riceExports().json());
	}

}
