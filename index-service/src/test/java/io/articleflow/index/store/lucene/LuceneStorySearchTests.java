package io.articleflow.index.store.lucene;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.articleflow.common.event.EntityType;
import io.articleflow.index.TestArticles;
import io.articleflow.index.store.ArticleHit;
import io.articleflow.index.store.ArticleQuery;
import io.articleflow.index.store.ArticleSort;
import io.articleflow.index.store.ArticleSummary;
import io.articleflow.index.store.DateBucket;
import io.articleflow.index.store.EntityRef;
import io.articleflow.index.store.IndexableArticle;
import io.articleflow.index.store.SearchResults;

import static io.articleflow.index.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;

/** Results that read like news on a real Lucene index: stories, sort, dates, snippets, titles and entity chips. */
class LuceneStorySearchTests {

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

	private void index(List<IndexableArticle> articles) {
		this.index.upsertAll(articles);
		this.index.commit();
	}

	private static ArticleQuery query(String text, int page, int size, ArticleSort sort) {
		return new ArticleQuery(text, List.of(), null, null, null, page, size, 10, sort);
	}

	private static List<String> ids(SearchResults results) {
		return results.hits().stream().map(ArticleHit::id).toList();
	}

}
