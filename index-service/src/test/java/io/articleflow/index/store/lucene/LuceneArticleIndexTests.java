package io.articleflow.index.store.lucene;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.articleflow.common.event.EntityType;
import io.articleflow.index.TestArticles;
import io.articleflow.index.store.ArticleHit;
import io.articleflow.index.store.ArticleIndexingException;
import io.articleflow.index.store.ArticleQuery;
import io.articleflow.index.store.EntityRef;
import io.articleflow.index.store.FacetValue;
import io.articleflow.index.store.IndexStats;
import io.articleflow.index.store.InvalidQueryException;
import io.articleflow.index.store.SearchResults;

import static io.articleflow.index.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** What only the Lucene backend does: survive a close and reopen, and refuse documents as Lucene does. */
class LuceneArticleIndexTests {

	@TempDir
	Path directory;

	LuceneArticleIndex index;

	@BeforeEach
	void openIndex() throws IOException {
		this.index = LuceneArticleIndex.open(this.directory.resolve("index"), TestArticles.JSON);
	}

	@AfterEach
	void closeIndex() throws IOException {
		this.index.close();
	}

	@Test
	void reopenedIndexFindsEverythingIndexedBeforeTheClose() throws IOException {
		indexSample();
		this.index.upsertAll(List.of(article("uncommitted").text("closing commits it").indexable()));
		this.index.close();

		this.index = LuceneArticleIndex.open(this.directory.resolve("index"), TestArticles.JSON);

		assertThat(this.index.count()).isEqualTo(4);
		assertThat(this.index.findJson("a-diplomacy")).contains(TestArticles.defenseDiplomacy().json());
	}

	@Test
	void aRefreshMakesWritesSearchableBeforeTheCommitMakesThemDurable() throws IOException {
		this.index.upsertAll(List.of(article("visible").text("refreshed, not committed").indexable()));
		assertThat(ids(this.index.search(ArticleQuery.all(10)))).isEmpty();

		assertThat(this.index.refresh()).isTrue();

		assertThat(ids(this.index.search(ArticleQuery.all(10)))).containsExactly("visible");
		try (DirectoryReader committed = DirectoryReader.open(FSDirectory.open(this.directory.resolve("index")))) {
			assertThat(committed.numDocs()).isZero();
		}
		this.index.commit();
		try (DirectoryReader committed = DirectoryReader.open(FSDirectory.open(this.directory.resolve("index")))) {
			assertThat(committed.numDocs()).isEqualTo(1);
		}
	}

	@Test
	void refusalOfADocumentByLuceneIsAnIllegalArgumentOfTheWriter() {
		List<io.articleflow.index.store.IndexableArticle> batch = List.of(article("fine").text("fine").indexable(),
				article("huge").text("huge").entity("id", EntityType.LAW, "x".repeat(40_000), "huge").indexable());

		assertThatExceptionOfType(ArticleIndexingException.class).isThrownBy(() -> this.index.upsertAll(batch))
			.satisfies(ex -> {
				assertThat(ex.position()).isEqualTo(1);
				assertThat(ex.rejected()).isTrue();
				assertThat(ex).hasMessageContaining("huge").hasCauseInstanceOf(IllegalArgumentException.class);
			});
		this.index.commit();
		assertThat(ids(this.index.search(ArticleQuery.all(10)))).containsExactly("fine");
	}

	private void indexSample() {
		this.index.upsertAll(TestArticles.sample());
		this.index.commit();
	}

	private static ArticleQuery query(String text) {
		return new ArticleQuery(text, List.of(), null, null, null, 0, 10, 10);
	}

	private static ArticleQuery dates(String from, String to) {
		return new ArticleQuery(null, List.of(), null, (from != null) ? LocalDate.parse(from) : null,
				(to != null) ? LocalDate.parse(to) : null, 0, 10, 10);
	}

	private static ArticleQuery entity(EntityType type, String entity) {
		return new ArticleQuery(null, (entity != null) ? List.of(entity) : List.of(), type, null, null, 0, 10, 10);
	}

	private static List<String> ids(SearchResults results) {
		return results.hits().stream().map(ArticleHit::id).toList();
	}

}
