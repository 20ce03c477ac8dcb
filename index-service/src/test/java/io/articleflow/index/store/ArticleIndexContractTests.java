package io.articleflow.index.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.articleflow.common.event.EntityIds;
import io.articleflow.common.event.EntityType;
import io.articleflow.index.TestArticles;

import static io.articleflow.index.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What every {@link ArticleIndex} backend does alike, run against each on a real engine (a Lucene index in a
 * temporary directory, a real OpenSearch node): indexing, idempotent and version-ordered upserts, full-text search,
 * facets, highlight, date filter, sort, pagination, story collapse, entity profiles, "more like this", statistics,
 * delete and reindex. A subclass gives a new empty index per test.
 */
public abstract class ArticleIndexContractTests {

	protected ArticleIndex index;

	/** A new, empty index of the backend. */
	protected abstract ArticleIndex newIndex() throws Exception;

	/** Releases the index of a test (and what it holds). */
	protected abstract void closeIndex(ArticleIndex index) throws Exception;

	@BeforeEach
	void openIndex() throws Exception {
		this.index = newIndex();
	}

	@AfterEach
	void releaseIndex() throws Exception {
		closeIndex(this.index);
	}

	@Test
	void redeliveredEventLeavesOneDocumentAsItWas() {
		IndexableArticle article = TestArticles.defenseDiplomacy().indexable();
		index(List.of(article));
		index(List.of(article, article));

		assertThat(this.index.count()).isEqualTo(1);
		assertThat(this.index.findJson("a-diplomacy")).contains(article.json());
	}

	@Test
	void olderEventArrivingLateNeverOverwritesANewerOne() {
		IndexableArticle newer = article("late").title("Newer extraction").text("new words")
			.enrichedAt("2026-11-24T10:00:00Z").indexable();
		IndexableArticle older = article("late").title("Older extraction").text("old words")
			.enrichedAt("2026-11-23T10:00:00Z").indexable();
		index(List.of(newer));

		index(List.of(older));

		assertThat(this.index.findJson("late")).contains(newer.json());
		assertThat(ids(this.index.search(query("old")))).isEmpty();
		assertThat(this.index.search(ArticleQuery.all(10)).hits()).extracting(ArticleHit::title)
			.containsExactly("Newer extraction");
	}

	@Test
	void olderEventLaterInTheSameBatchNeverOverwritesTheNewerOne() {
		IndexableArticle newer = article("batch").title("Newer").enrichedAt("2026-11-24T10:00:00Z").indexable();
		IndexableArticle older = article("batch").title("Older").enrichedAt("2026-11-23T10:00:00Z").indexable();

		index(List.of(newer, older));

		assertThat(this.index.findJson("batch")).contains(newer.json());
	}

	@Test
	void newerEventReplacesTheIndexedOne() {
		index(List.of(article("upgrade").title("First").enrichedAt("2026-11-23T10:00:00Z").indexable()));
		IndexableArticle newer = article("upgrade").title("Second").enrichedAt("2026-11-25T10:00:00Z").indexable();

		index(List.of(newer));

		assertThat(this.index.findJson("upgrade")).contains(newer.json());
		assertThat(this.index.count()).isEqualTo(1);
	}

	@Test
	void deletedArticleIsGoneFromSearchesCountsAndFacets() {
		indexSample();

		boolean deleted = this.index.delete("c-rice");
		this.index.commit();

		assertThat(deleted).isTrue();
		assertThat(this.index.delete("c-rice")).as("already gone").isFalse();
		assertThat(this.index.count()).isEqualTo(2);
		assertThat(this.index.findJson("c-rice")).isEmpty();
		assertThat(ids(this.index.search(query("rice")))).isEmpty();
		assertThat(this.index.search(ArticleQuery.all(10)).facets().get(EntityType.LOCATION))
			.contains(new FacetValue("Vietnam", "Q881", 1));
	}

	@Test
	void reindexRebuildsEveryArticleFromItsStoredEvent() {
		indexSample();

		int rebuilt = this.index.reindex();

		assertThat(rebuilt).isEqualTo(3);
		assertThat(this.index.count()).isEqualTo(3);
		assertThat(this.index.findJson("a-diplomacy")).contains(TestArticles.defenseDiplomacy().json());
		assertThat(ids(this.index.search(query("exporting")))).containsExactly("c-rice");
		index(List.of(article("after").text("written after the rebuild").indexable()));
		assertThat(this.index.count()).isEqualTo(4);
	}

	@Test
	void articlesWrittenWhileAReindexRunsAreAllKept() throws Exception {
		index(IntStream.range(0, 300).mapToObj(i -> article("before-" + i).text("article " + i).indexable()).toList());
		AtomicBoolean rebuilt = new AtomicBoolean();
		AtomicInteger written = new AtomicInteger();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		CountDownLatch writing = new CountDownLatch(1);
		// another consumer of the topic: it keeps indexing new articles while the rebuild runs
		Thread writer = new Thread(() -> {
			try {
				while (!rebuilt.get() || written.get() == 0) {
					this.index.upsertAll(List.of(article("during-" + written.get()).text("new").indexable()));
					written.incrementAndGet();
					writing.countDown();
				}
			}
			catch (RuntimeException ex) {
				failure.set(ex);
				writing.countDown();
			}
		});
		writer.start();
		writing.await();

		this.index.reindex();
		rebuilt.set(true);
		writer.join();

		assertThat(failure.get()).isNull();
		this.index.commit();
		assertThat(this.index.count()).isEqualTo(300 + written.get());
		assertThat(this.index.findJson("during-" + (written.get() - 1))).isPresent();
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
		List<IndexableArticle> batch = List.of(article("fine").text("fine").indexable(),
				article("huge").text("huge").entity("id", EntityType.LAW, "x".repeat(40_000), "huge").indexable());

		assertThatExceptionOfType(ArticleIndexingException.class).isThrownBy(() -> this.index.upsertAll(batch))
			.satisfies(ex -> {
				assertThat(ex.position()).isEqualTo(1);
				assertThat(ex.rejected()).isTrue();
				assertThat(ex).hasMessageContaining("huge");
			});
		this.index.commit();
		assertThat(ids(this.index.search(ArticleQuery.all(10)))).containsExactly("fine");
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

	@Test
	void articlesOfOneStoryCollapseIntoOneHitThatCountsAndListsItsVersions() {
		index(story());

		SearchResults results = this.index.search(query("rice", 0, 10, null));

		assertThat(results.total()).as("stories").isEqualTo(2);
		assertThat(results.articles()).isEqualTo(4);
		assertThat(results.hits()).extracting(ArticleHit::clusterId).containsExactlyInAnyOrder("rice-story", "c-other");
		ArticleHit story = results.hits().stream().filter(hit -> hit.clusterId().equals("rice-story")).findFirst().get();
		assertThat(story.versions()).isEqualTo(3);
		assertThat(story.otherVersions()).extracting(ArticleSummary::id)
			.hasSize(2)
			.doesNotContain(story.id())
			.isSubsetOf("rice-en", "rice-vi", "rice-repost");
		assertThat(results.facets().get(EntityType.LOCATION)).singleElement()
			.satisfies(value -> assertThat(value.count()).as("facets count articles").isEqualTo(4));
	}

	@Test
	void pagesGoThroughStoriesAndReindexingAVersionChangesNoCount() {
		index(story());
		index(List.of(story().get(0)));

		SearchResults first = this.index.search(query(null, 0, 1, ArticleSort.DATE));
		SearchResults second = this.index.search(query(null, 1, 1, ArticleSort.DATE));

		assertThat(first.total()).isEqualTo(2);
		assertThat(first.articles()).isEqualTo(4);
		assertThat(first.hits()).extracting(ArticleHit::id).containsExactly("rice-repost");
		assertThat(first.hits().get(0).versions()).isEqualTo(3);
		assertThat(second.hits()).extracting(ArticleHit::id).containsExactly("other");
	}

	@Test
	void withoutCollapsingEveryArticleIsAHitOfItsOwn() {
		index(story());

		SearchResults results = this.index.search(
				new ArticleQuery(null, List.of(), null, null, null, 1, 2, 10, ArticleSort.DATE, false));

		assertThat(results.total()).isEqualTo(4);
		assertThat(results.articles()).isEqualTo(4);
		assertThat(results.hits()).extracting(ArticleHit::id).containsExactly("rice-en", "other");
		assertThat(results.hits()).allSatisfy(hit -> {
			assertThat(hit.versions()).isEqualTo(1);
			assertThat(hit.otherVersions()).isEmpty();
		});
	}

	@Test
	void dateSortPutsTheNewestFirstEvenWithQueryText() {
		index(TestArticles.sample());

		List<String> byRelevance = ids(this.index.search(query("Viet Nam", 0, 10, ArticleSort.RELEVANCE)));
		List<String> byDate = ids(this.index.search(query("Viet Nam", 0, 10, ArticleSort.DATE)));

		assertThat(byRelevance).containsExactlyInAnyOrder("a-diplomacy", "c-rice");
		assertThat(byDate).containsExactly("c-rice", "a-diplomacy");
	}

	@Test
	void relevanceAddsUpTheMatchesOfATermOverTheFields() {
		// the same title for both, and the term common in texts (so a text match weighs less than a title match): a
		// backend scoring only a term's best field would tie them, and ties go to the article indexed first (Lucene)
		// or the smaller id (OpenSearch), which is the title-only one here
		index(List.of(article("a-title-only").title("Mekong report").text("Water levels fell this spring.").indexable(),
				article("b-title-and-text").title("Mekong report").text("The Mekong rose this spring.").indexable(),
				article("c-river-1").title("River news").text("The Mekong was calm.").indexable(),
				article("c-river-2").title("River news").text("The Mekong was calm.").indexable(),
				article("c-river-3").title("River news").text("The Mekong was calm.").indexable()));

		assertThat(ids(this.index.search(query("mekong", 0, 10, ArticleSort.RELEVANCE))).subList(0, 2))
			.containsExactly("b-title-and-text", "a-title-only");
	}

	@Test
	void dateHistogramCountsMatchingArticlesPerMonthOldestFirst() {
		index(TestArticles.sample());
		index(List.of(article("undated").text("Defense news without a date.").indexable(),
				article("same-month").published("2022-10-02").text("More defense news.").indexable()));

		assertThat(this.index.search(query(null, 0, 10, null)).dates()).containsExactly(
				new DateBucket("2022-10", 2), new DateBucket("2022-11", 1), new DateBucket("2023-03", 1));
		assertThat(this.index.search(query("defense", 0, 10, null)).dates())
			.containsExactly(new DateBucket("2022-10", 2), new DateBucket("2022-11", 1));
	}

	@Test
	void snippetOpensAfterTheTitleBylineAndDateLines() {
		index(List.of(article("fronted").title("Rice exports grow")
			.published("2026-12-03")
			.text("Rice exports grow\nBy Nguyen Van A\nCommunist Review\n3 December 2026\n"
					+ "Viet Nam exported more rice this year, the ministry said.")
			.indexable()));

		ArticleHit unqueried = this.index.search(query(null, 0, 10, null)).hits().get(0);
		ArticleHit queried = this.index.search(query("rice", 0, 10, null)).hits().get(0);

		assertThat(unqueried.snippet()).isEqualTo("Viet Nam exported more rice this year, the ministry said.");
		assertThat(queried.snippet()).startsWith("Viet Nam exported more <mark>rice</mark>");
		assertThat(queried.byline()).isEqualTo("Nguyen Van A");
		assertThat(queried.publication()).isEqualTo("Communist Review");
		assertThat(queried.date()).isEqualTo("2026-12-03");
	}

	@Test
	void articleWithoutTitleIsNamedByItsFirstSentenceNeverItsFileName() {
		index(List.of(article("untitled").text("3 December 2026\nThe ministry met on Monday. It agreed.").indexable()));

		ArticleHit hit = this.index.search(query(null, 0, 10, null)).hits().get(0);

		assertThat(hit.title()).isEqualTo("The ministry met on Monday.").doesNotContain("untitled.txt");
	}

	@Test
	void hitsListTheMostSalientEntitiesFirstAndCountTheRest() {
		StringBuilder text = new StringBuilder("Alpha Alpha Alpha Bravo Bravo");
		IntStream.rangeClosed(1, 9).forEach(n -> text.append(" Place").append(n));
		TestArticles article = article("crowded").text(text.toString());
		IntStream.rangeClosed(1, 9).forEach(n -> article.entity(EntityType.LOCATION, "Place" + n, "Place" + n));
		article.entity(EntityType.PERSON, "Bravo", "Bravo").entity(EntityType.ORGANIZATION, "Alpha", "Alpha");
		index(List.of(article.indexable()));

		ArticleHit hit = this.index.search(query(null, 0, 10, null)).hits().get(0);

		assertThat(hit.entities()).hasSize(ArticleHit.MAX_ENTITIES)
			.extracting(EntityRef::name)
			.containsExactly("Alpha", "Bravo", "Place1", "Place2", "Place3", "Place4", "Place5", "Place6");
		assertThat(hit.moreEntities()).isEqualTo(3);
	}

	/** One story of three versions (dated 2022-01..03) that all mention rice, and one other article. */
	private static List<IndexableArticle> story() {
		return List.of(
				article("rice-en").title("Rice exports grow").published("2022-01-05")
					.cluster("rice-story").text("Viet Nam exported more rice.")
					.entity("Q881", EntityType.LOCATION, "Vietnam", "Viet Nam").indexable(),
				article("rice-vi").title("Xuat khau gao tang").published("2022-02-05")
					.cluster("rice-story").text("Viet Nam rice exports, translated.")
					.entity("Q881", EntityType.LOCATION, "Vietnam", "Viet Nam").indexable(),
				article("rice-repost").title("Rice exports grow (repost)").published("2022-03-05")
					.cluster("rice-story").text("Viet Nam exported more rice, reposted.")
					.entity("Q881", EntityType.LOCATION, "Vietnam", "Viet Nam").indexable(),
				article("other").title("Rice prices").published("2021-12-01")
					.text("Rice prices in Viet Nam fell.")
					.entity("Q881", EntityType.LOCATION, "Vietnam", "Viet Nam").indexable());
	}

	private static ArticleQuery query(String text, int page, int size, ArticleSort sort) {
		return new ArticleQuery(text, List.of(), null, null, null, page, size, 10, sort);
	}

	private void indexProfileSample() {
		this.index.upsertAll(TestArticles.sample());
		this.index.upsertAll(List.of(article("d-adm").title("Defense ministers agree")
			.published("2022-11-24")
			.text("The ADMM, the ASEAN Defence Ministers' Meeting, agreed in Cambodia.")
			.entity("organization:asean", EntityType.ORGANIZATION, "ASEAN", "ASEAN", "ASEAN")
			.entity(EntityIds.of(EntityType.EVENT, "ASEAN Defence Ministers' Meeting"), EntityType.EVENT,
					"ASEAN Defence Ministers' Meeting", "ADMM", "ADMM",
					"ASEAN Defence Ministers' Meeting")
			.entity(EntityType.LOCATION, "Cambodia", "Cambodia")
			.indexable()));
		this.index.commit();
	}

	@Test
	void profileNamesTheEntityItsAliasesItsArticlesOldestFirstAndWhoAppearsWithIt() {
		indexProfileSample();
		EntityProfile vietnam = this.index.entity("Q881", 10).orElseThrow();

		assertThat(vietnam.id()).isEqualTo("Q881");
		assertThat(vietnam.type()).isEqualTo(EntityType.LOCATION);
		assertThat(vietnam.name()).isEqualTo("Vietnam");
		assertThat(vietnam.aliases()).containsExactly("Viet Nam");
		assertThat(vietnam.articles()).isEqualTo(2);
		assertThat(vietnam.timeline()).extracting(ArticleSummary::id).containsExactly("a-diplomacy", "c-rice");
		assertThat(vietnam.cooccurring().get(EntityType.ORGANIZATION)).extracting(FacetValue::name)
			.containsExactly("ASEAN", "Ministry of Industry and Trade");
		assertThat(vietnam.cooccurring().get(EntityType.PERSON)).extracting(FacetValue::name)
			.containsExactly("Phan Van Giang");
		assertThat(vietnam.cooccurring().get(EntityType.LOCATION)).as("never itself").isEmpty();
	}

	@Test
	void profileListsAcronymsAndCountsCooccurrencesOverAllItsArticles() {
		indexProfileSample();
		EntityProfile asean = this.index.entity("organization:asean", 10).orElseThrow();
		EntityProfile meeting = this.index.entity("ASEAN Defence Ministers' Meeting", 10).orElseThrow();

		assertThat(asean.articles()).isEqualTo(3);
		assertThat(asean.cooccurring().get(EntityType.LOCATION))
			.containsExactly(new FacetValue("Cambodia", "location:cambodia", 2), new FacetValue("Vietnam", "Q881", 1));
		assertThat(meeting.acronyms()).containsExactly("ADMM");
		assertThat(meeting.aliases()).containsExactly("ADMM");
	}

	@Test
	void unknownEntityHasNoProfile() {
		indexProfileSample();
		assertThat(this.index.entity("person:nobody", 10)).isEmpty();
	}

	@Test
	void moreLikeThisRanksArticlesBySharedEntitiesWithoutTheArticleItself() {
		indexProfileSample();
		assertThat(this.index.similar("b-asean", 5)).extracting(ArticleSummary::id)
			.containsExactly("d-adm", "a-diplomacy");
		assertThat(this.index.similar("c-rice", 5)).extracting(ArticleSummary::id).containsExactly("a-diplomacy");
		assertThat(this.index.similar("nope", 5)).isEmpty();
	}

	private void index(List<IndexableArticle> articles) {
		this.index.upsertAll(articles);
		this.index.commit();
	}

	private static List<String> ids(SearchResults results) {
		return results.hits().stream().map(ArticleHit::id).toList();
	}

}
