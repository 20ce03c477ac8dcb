package io.articleflow.index.store.lucene;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
	void upsertingTheSameIdTwiceKeepsOneDocumentWithTheLatestContent() {
		this.index.upsertAll(List.of(article("same").title("First version").text("old words").indexable()));
		this.index.commit();
		this.index.upsertAll(List.of(article("same").title("Second version").text("new words").indexable()));
		this.index.commit();

		SearchResults all = this.index.search(ArticleQuery.all(10));

		assertThat(this.index.count()).isEqualTo(1);
		assertThat(all.total()).isEqualTo(1);
		assertThat(all.hits()).extracting(ArticleHit::title).containsExactly("Second version");
		assertThat(this.index.search(query("old")).total()).isZero();
	}

	@Test
	void findJsonReturnsTheEventExactlyAsIndexedAndNothingForUnknownIds() {
		String json = TestArticles.defenseDiplomacy().json();
		indexSample();

		assertThat(this.index.findJson("a-diplomacy")).contains(json);
		assertThat(this.index.findJson("unknown")).isEmpty();
	}

	@Test
	void fullTextSearchStemsEnglishAndSearchesTitleTextAndEntityNames() {
		indexSample();

		assertThat(ids(this.index.search(query("exporting")))).containsExactly("c-rice");
		assertThat(ids(this.index.search(query("ministers")))).containsExactly("b-asean");
		// "Vietnam" is only the canonical name: the texts say "Viet Nam".
		assertThat(ids(this.index.search(query("vietnam")))).containsExactlyInAnyOrder("a-diplomacy", "c-rice");
	}

	@Test
	void termsMustAllMatchByDefault() {
		indexSample();

		assertThat(ids(this.index.search(query("defense rice")))).isEmpty();
		assertThat(ids(this.index.search(query("defense OR rice")))).hasSize(3);
	}

	@Test
	void hitsCarryTitleDateEntitiesAndAHighlightedEscapedSnippet() {
		this.index.upsertAll(List.of(article("html").title("Markup")
			.published("2024-05-06")
			.text("Tags like <b>bold</b> & quotes \"stay\" text; diplomacy is highlighted.")
			.entity(EntityType.PERSON, "Ho Chi Minh", "Ho Chi Minh")
			.indexable()));
		this.index.commit();

		ArticleHit hit = this.index.search(query("diplomacy")).hits().get(0);

		assertThat(hit.id()).isEqualTo("html");
		assertThat(hit.title()).isEqualTo("Markup");
		assertThat(hit.date()).isEqualTo("2024-05-06");
		assertThat(hit.entities()).containsExactly(new EntityRef("person:ho-chi-minh", EntityType.PERSON, "Ho Chi Minh"));
		assertThat(hit.snippet()).contains("<mark>diplomacy</mark>")
			.contains("&lt;b&gt;bold&lt;&#x2F;b&gt; &amp; quotes &quot;stay&quot;")
			.doesNotContain("<b>");
	}

	@Test
	void snippetHighlightsStemmedMatchesAndFallsBackToTheTextStartWithoutQuery() {
		indexSample();

		ArticleHit stemmed = this.index.search(query("exporting")).hits().get(0);
		ArticleHit unqueried = this.index.search(
				new ArticleQuery(null, List.of("Ministry of Industry and Trade"), null, null, null, 0, 10, 10)).hits().get(0);

		assertThat(stemmed.snippet()).contains("<mark>exported</mark>");
		assertThat(unqueried.snippet()).startsWith("Viet Nam exported more rice").doesNotContain("<mark>");
	}

	@Test
	void facetsCountEntitiesPerTypeOverAllMatchesNotOnlyThePage() {
		indexSample();

		SearchResults page = this.index.search(new ArticleQuery(null, List.of(), null, null, null, 0, 1, 10));

		assertThat(page.total()).isEqualTo(3);
		assertThat(page.hits()).hasSize(1);
		Map<EntityType, List<FacetValue>> facets = page.facets();
		assertThat(facets).containsOnlyKeys(EntityType.values());
		assertThat(facets.get(EntityType.LOCATION)).containsExactly(new FacetValue("Vietnam", "Q881", 2),
				new FacetValue("Cambodia", "location:cambodia", 1));
		assertThat(facets.get(EntityType.ORGANIZATION)).containsExactly(new FacetValue("ASEAN", "organization:asean", 2),
				new FacetValue("Ministry of Industry and Trade", "organization:ministry-of-industry-and-trade", 1));
		assertThat(facets.get(EntityType.PERSON))
			.containsExactly(new FacetValue("Phan Van Giang", "person:phan-van-giang", 1));
		assertThat(facets.get(EntityType.EVENT)).isEmpty();
	}

	@Test
	void facetsFollowTheQueryAndItsFilters() {
		indexSample();

		SearchResults rice = this.index.search(query("rice"));

		assertThat(rice.facets().get(EntityType.LOCATION)).containsExactly(new FacetValue("Vietnam", "Q881", 1));
		assertThat(rice.facets().get(EntityType.PERSON)).isEmpty();
	}

	@Test
	void dateFilterIncludesBothEndsAndExcludesUndatedArticles() {
		indexSample();
		this.index.upsertAll(List.of(article("undated").text("no date").indexable()));
		this.index.commit();

		assertThat(ids(this.index.search(dates("2022-10-19", "2022-11-23")))).containsExactlyInAnyOrder("a-diplomacy",
				"b-asean");
		assertThat(ids(this.index.search(dates("2022-11-24", null)))).containsExactly("c-rice");
		assertThat(ids(this.index.search(dates(null, "2022-10-19")))).containsExactly("a-diplomacy");
	}

	@Test
	void withoutTextArticlesComeNewestFirstAndUndatedLast() {
		indexSample();
		this.index.upsertAll(List.of(article("undated").text("no date").indexable()));
		this.index.commit();

		assertThat(ids(this.index.search(ArticleQuery.all(10)))).containsExactly("c-rice", "b-asean", "a-diplomacy",
				"undated");
	}

	@Test
	void entityFilterMatchesTheIdOrTheCanonicalNameIgnoringCase() {
		indexSample();

		assertThat(ids(this.index.search(entity(null, "Q881")))).containsExactlyInAnyOrder("a-diplomacy", "c-rice");
		assertThat(ids(this.index.search(entity(null, "q881")))).containsExactlyInAnyOrder("a-diplomacy", "c-rice");
		assertThat(ids(this.index.search(entity(null, "phan van GIANG")))).containsExactly("a-diplomacy");
		assertThat(ids(this.index.search(entity(null, "person:phan-van-giang")))).containsExactly("a-diplomacy");
		assertThat(ids(this.index.search(entity(null, "Nobody")))).isEmpty();
	}

	@Test
	void severalEntitiesMustAllBeInTheArticle() {
		indexSample();

		ArticleQuery both = new ArticleQuery(null, List.of("Vietnam", "ASEAN"), null, null, null, 0, 10, 10);

		assertThat(ids(this.index.search(both))).containsExactly("a-diplomacy");
	}

	@Test
	void typeRestrictsTheEntityFilterAndAloneRequiresAnEntityOfThatType() {
		indexSample();

		assertThat(ids(this.index.search(entity(EntityType.LOCATION, "vietnam")))).hasSize(2);
		assertThat(ids(this.index.search(entity(EntityType.PERSON, "vietnam")))).isEmpty();
		assertThat(ids(this.index.search(entity(EntityType.PERSON, null)))).containsExactly("a-diplomacy");
	}

	@Test
	void pagesSliceTheSortedHits() {
		indexSample();

		SearchResults second = this.index.search(new ArticleQuery(null, List.of(), null, null, null, 1, 2, 10));

		assertThat(second.total()).isEqualTo(3);
		assertThat(ids(second)).containsExactly("a-diplomacy");
	}

	@Test
	void badQuerySyntaxIsRefusedWithTheParserMessage() {
		indexSample();

		assertThatExceptionOfType(InvalidQueryException.class).isThrownBy(() -> this.index.search(query("defense AND (")))
			.withMessageStartingWith("Cannot parse 'defense AND ('");
		assertThatExceptionOfType(InvalidQueryException.class).isThrownBy(() -> this.index.search(query("*fense")))
			.withMessageContaining("'*' or '?' not allowed as first character");
	}

	@Test
	void searchingAnEmptyIndexFindsNothingAndNoFacets() {
		SearchResults results = this.index.search(query("anything"));

		assertThat(results.total()).isZero();
		assertThat(results.hits()).isEmpty();
		assertThat(results.facets()).containsOnlyKeys(EntityType.values()).allSatisfy((type, values) -> assertThat(values).isEmpty());
	}

	@Test
	void refusedDocumentIsNamedByItsPositionAfterTheOnesBeforeItWereWritten() {
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
	void statsCountArticlesAndDistinctEntitiesPerTypeAcrossAllArticles() {
		this.index.upsertAll(List.of(
				article("one").text("ASEAN met in Hanoi.")
					.entity(EntityType.ORGANIZATION, "ASEAN", "ASEAN")
					.entity(EntityType.LOCATION, "Hanoi", "Hanoi")
					.indexable(),
				article("two").text("ASEAN and the United Nations met in Jakarta.")
					.entity(EntityType.ORGANIZATION, "ASEAN", "ASEAN")
					.entity(EntityType.ORGANIZATION, "United Nations", "United Nations")
					.entity(EntityType.LOCATION, "Jakarta", "Jakarta")
					.indexable()));
		this.index.commit();

		IndexStats stats = this.index.stats();

		assertThat(stats.documents()).isEqualTo(2);
		assertThat(stats.distinctEntities()).containsEntry(EntityType.ORGANIZATION, 2)
			.containsEntry(EntityType.LOCATION, 2)
			.containsEntry(EntityType.PERSON, 0)
			.hasSize(EntityType.values().length);
	}

	@Test
	void statsOfAnEmptyIndexAreZero() {
		assertThat(this.index.stats().documents()).isZero();
		assertThat(this.index.stats().distinctEntities()).containsOnlyKeys(EntityType.values())
			.allSatisfy((type, count) -> assertThat(count).isZero());
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
