package io.articleflow.index.consume;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.JacksonException;

import org.springframework.kafka.listener.BatchListenerFailedException;

import io.articleflow.common.event.EntityType;
import io.articleflow.common.messaging.InvalidEventException;
import io.articleflow.index.TestArticles;
import io.articleflow.index.store.ArticleIndex;
import io.articleflow.index.store.ArticleIndexingException;
import io.articleflow.index.store.lucene.LuceneArticleIndex;

import static io.articleflow.index.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;

class EnrichedArticleIndexerTests {

	@TempDir
	Path directory;

	LuceneArticleIndex index;

	EnrichedArticleIndexer indexer;

	@BeforeEach
	void openIndex() throws IOException {
		this.index = LuceneArticleIndex.open(this.directory, TestArticles.JSON);
		this.indexer = new EnrichedArticleIndexer(this.index, TestArticles.JSON);
	}

	@AfterEach
	void closeIndex() throws IOException {
		this.index.close();
	}

	@Test
	void batchIsIndexedCommittedToDiskAndSearchable() throws IOException {
		this.indexer.index(values(TestArticles.defenseDiplomacy().json(), TestArticles.aseanMeeting().json()));

		assertThat(committedIds()).containsExactlyInAnyOrder("a-diplomacy", "b-asean");
		assertThat(this.index.count()).isEqualTo(2);
	}

	@Test
	void undecodableRecordFailsTheBatchAtItsIndexAfterCommittingTheRecordsBeforeIt() throws IOException {
		List<byte[]> batch = values(article("r0").text("zero").json(), article("r1").text("one").json(), "not json",
				article("r3").text("three").json());

		assertThatExceptionOfType(BatchListenerFailedException.class).isThrownBy(() -> this.indexer.index(batch))
			.satisfies(ex -> {
				assertThat(ex.getIndex()).isEqualTo(2);
				// Non-retryable in the shared policy: straight to the dead-letter topic.
				assertThat(ex).hasCauseInstanceOf(JacksonException.class);
			});
		assertThat(committedIds()).containsExactlyInAnyOrder("r0", "r1");
	}

	@Test
	void invalidEventIsTreatedLikeAnUndecodableOne() throws IOException {
		String noId = article("x").text("text").json().replace("\"documentId\":\"x\",", "");
		List<byte[]> batch = values(article("r0").text("zero").json(), noId);

		assertThatExceptionOfType(BatchListenerFailedException.class).isThrownBy(() -> this.indexer.index(batch))
			.satisfies(ex -> {
				assertThat(ex.getIndex()).isEqualTo(1);
				assertThat(ex).cause().isInstanceOf(InvalidEventException.class).hasMessage("documentId is missing");
			});
		assertThat(committedIds()).containsExactly("r0");
	}

	@Test
	void recordTheIndexRefusesFailsAtItsIndexAsANonRetryableInvalidEvent() throws IOException {
		String hugeName = "x".repeat(40_000);
		List<byte[]> batch = values(article("r0").text("zero").json(),
				article("r1").text("one").entity("law:huge", EntityType.LAW, hugeName, "one").json(),
				article("r2").text("two").json());

		assertThatExceptionOfType(BatchListenerFailedException.class).isThrownBy(() -> this.indexer.index(batch))
			.satisfies(ex -> {
				assertThat(ex.getIndex()).isEqualTo(1);
				assertThat(ex).cause().isInstanceOf(InvalidEventException.class);
				assertThat(ex).hasRootCauseInstanceOf(IllegalArgumentException.class);
			});
		assertThat(committedIds()).containsExactly("r0");
	}

	@Test
	void indexFailureIsReportedAsRetryableAfterCommittingTheRecordsBeforeIt() {
		ArticleIndex failing = mock(ArticleIndex.class);
		doThrow(new ArticleIndexingException("disk full", 1, false, new IOException("No space left on device")))
			.when(failing)
			.upsertAll(anyList());
		EnrichedArticleIndexer indexer = new EnrichedArticleIndexer(failing, TestArticles.JSON);

		assertThatExceptionOfType(BatchListenerFailedException.class)
			.isThrownBy(() -> indexer.index(values(article("r0").text("0").json(), article("r1").text("1").json())))
			.satisfies(ex -> {
				assertThat(ex.getIndex()).isEqualTo(1);
				assertThat(ex).cause().isNotInstanceOf(InvalidEventException.class);
				assertThat(ex).hasRootCauseInstanceOf(IOException.class);
			});
		var order = inOrder(failing);
		order.verify(failing).upsertAll(anyList());
		order.verify(failing).commit();
	}

	@Test
	void aBatchIsMadeSearchableBeforeItIsCommittedAndCommittedBeforeTheListenerReturns() {
		ArticleIndex index = mock(ArticleIndex.class);
		EnrichedArticleIndexer indexer = new EnrichedArticleIndexer(index, TestArticles.JSON);

		indexer.index(values(article("r0").text("0").json()));

		var order = inOrder(index);
		order.verify(index).upsertAll(anyList());
		order.verify(index).refresh();
		order.verify(index).commit();
	}

	@Test
	void redeliveredRecordsLeaveOneDocumentPerId() throws IOException {
		String event = TestArticles.defenseDiplomacy().json();

		this.indexer.index(values(event, event));
		this.indexer.index(values(event));

		assertThat(committedIds()).containsExactly("a-diplomacy");
	}

	private static List<byte[]> values(String... json) {
		List<byte[]> values = new ArrayList<>();
		for (String value : json) {
			values.add(value.getBytes(StandardCharsets.UTF_8));
		}
		return values;
	}

	/** The ids a fresh reader of the directory sees: only what was committed, not just buffered. */
	private List<String> committedIds() throws IOException {
		try (FSDirectory fs = FSDirectory.open(this.directory); DirectoryReader reader = DirectoryReader.open(fs)) {
			// Replaced documents stay in the segments until merged: only live ones count.
			Bits live = MultiBits.getLiveDocs(reader);
			StoredFields stored = reader.storedFields();
			List<String> ids = new ArrayList<>();
			for (int doc = 0; doc < reader.maxDoc(); doc++) {
				if (live == null || live.get(doc)) {
					ids.add(stored.document(doc).get("id"));
				}
			}
			return ids;
		}
	}

}
