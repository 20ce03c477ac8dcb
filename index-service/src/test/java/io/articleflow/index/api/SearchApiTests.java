package io.articleflow.index.api;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import io.articleflow.index.TestArticles;
import io.articleflow.index.store.ArticleIndex;
import io.articleflow.index.store.lucene.LuceneIndexConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTTP contract of the search API, on a real Lucene index in a temporary directory. */
@WebMvcTest({ SearchController.class, ArticleController.class, EntityController.class, PageController.class })
@Import({ SearchApiConfiguration.class, LuceneIndexConfiguration.class })
@DirtiesContext
class SearchApiTests {

	@TempDir
	static Path indexDirectory;

	@DynamicPropertySource
	static void indexPath(DynamicPropertyRegistry registry) {
		registry.add("index.lucene.path", () -> indexDirectory.toString());
		registry.add("index.search.max-page-size", () -> "50");
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ArticleIndex index;

	@BeforeEach
	void indexSample() {
		this.index.upsertAll(TestArticles.sample());
		this.index.commit();
	}

	@Test
	void searchReturnsTotalHitsWithSnippetsAndEntitiesAndFacets() {
		assertThat(this.mvc.get().uri("/api/search?q=diplomacy&size=5")).hasStatusOk()
			.hasContentType(MediaType.APPLICATION_JSON)
			.bodyJson()
			.isLenientlyEqualTo("""
					{
					  "total": 1,
					  "hits": [ {
					    "id": "a-diplomacy",
					    "title": "Enhancing defense diplomacy in the new context",
					    "date": "2022-10-19T15:18",
					    "entities": [
					      { "id": "person:phan-van-giang", "type": "PERSON", "name": "Phan Van Giang" },
					      { "id": "Q881", "type": "LOCATION", "name": "Vietnam" },
					      { "id": "organization:asean", "type": "ORGANIZATION", "name": "ASEAN" }
					    ]
					  } ],
					  "facets": {
					    "PERSON": [ { "name": "Phan Van Giang", "id": "person:phan-van-giang", "count": 1 } ],
					    "ORGANIZATION": [ { "name": "ASEAN", "id": "organization:asean", "count": 1 } ],
					    "LOCATION": [ { "name": "Vietnam", "id": "Q881", "count": 1 } ],
					    "EVENT": [], "LAW": [], "DATE": []
					  }
					}
					""");
		assertThat(this.mvc.get().uri("/api/search?q=diplomacy")).bodyJson()
			.extractingPath("$.hits[0].snippet")
			.asString()
			.contains("defense <mark>diplomacy</mark> keeps Viet Nam at peace.");
	}

	@Test
	void searchCombinesEntityTypeAndDateFilters() {
		assertThat(this.mvc.get().uri("/api/search?entity=VIETNAM&type=location&from=2023-01-01&to=2023-12-31"))
			.hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("""
					{ "total": 1, "hits": [ { "id": "c-rice" } ] }
					""");
	}

	@Test
	void invalidParametersAreRefusedWithAJsonError() {
		assertBadRequest("/api/search?from=2022-13-01", "Invalid parameter 'from'",
				"from must be an ISO date (yyyy-MM-dd), got '2022-13-01'");
		assertBadRequest("/api/search?from=2023-01-02&to=2023-01-01", "Invalid date range",
				"from (2023-01-02) is after to (2023-01-01)");
		assertBadRequest("/api/search?type=PLANET", "Invalid parameter 'type'",
				"type must be one of [PERSON, ORGANIZATION, LOCATION, EVENT, LAW, DATE], got 'PLANET'");
		assertBadRequest("/api/search?page=-1", "Invalid parameter 'page'",
				"page must be 0 or more (the first page is 0), got -1");
		assertBadRequest("/api/search?page=two", "Invalid parameter 'page'", "page must be a whole number, got 'two'");
		assertBadRequest("/api/search?size=0", "Invalid parameter 'size'", "size must be between 1 and 50, got 0");
		assertBadRequest("/api/search?size=51", "Invalid parameter 'size'", "size must be between 1 and 50, got 51");
		assertBadRequest("/api/search?sort=oldest", "Invalid parameter 'sort'",
				"sort must be relevance or date, got 'oldest'");
		assertBadRequest("/api/search?page=200&size=50", "Invalid parameter 'page'",
				"page goes deeper than the first 10000 hits: narrow the search instead");
	}

	@Test
	void queryWithBadSyntaxIsABadRequestNotAServerError() {
		assertThat(this.mvc.get().uri("/api/search").param("q", "\"unclosed phrase")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.isLenientlyEqualTo("""
					{ "error": "Invalid query" }
					""")
			.extractingPath("$.detail")
			.asString()
			.startsWith("Cannot parse '\"unclosed phrase'");
	}

	@Test
	void articleIsServedExactlyAsIndexed() {
		assertThat(this.mvc.get().uri("/api/articles/{id}", "b-asean")).hasStatusOk()
			.hasContentType(MediaType.APPLICATION_JSON)
			.hasBodyTextEqualTo(TestArticles.aseanMeeting().json());
	}

	@Test
	void unknownArticleIsNotFoundWithAJsonError() {
		assertThat(this.mvc.get().uri("/api/articles/{id}", "nope")).hasStatus(HttpStatus.NOT_FOUND)
			.bodyJson()
			.isStrictlyEqualTo("""
					{ "error": "Article not found", "detail": "no article with id 'nope' is indexed" }
					""");
	}

	@Test
	void searchSortsByDateAndCountsStoriesArticlesAndMonths() {
		assertThat(this.mvc.get().uri("/api/search?q=defense&sort=date")).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("""
					{
					  "total": 2, "articles": 2,
					  "dates": [ { "month": "2022-10", "count": 1 }, { "month": "2022-11", "count": 1 } ]
					}
					""");
		assertThat(this.mvc.get().uri("/api/search?q=defense&sort=date")).bodyJson()
			.extractingPath("$.hits[*].id")
			.asArray()
			.containsExactly("b-asean", "a-diplomacy");
		assertThat(this.mvc.get().uri("/api/search?q=defense&sort=date&size=1")).bodyJson()
			.isLenientlyEqualTo("""
					{ "total": 2, "hits": [ { "id": "b-asean", "byline": "Nguyen Van A", "publication": "Communist Review",
					              "clusterId": "c-b-asean", "versions": 1, "otherVersions": [], "moreEntities": 0 } ] }
					""");
	}

	@Test
	void entityIsServedWithItsTimelineAndCooccurringEntities() {
		assertThat(this.mvc.get().uri("/api/entities/{id}", "Q881")).hasStatusOk()
			.hasContentType(MediaType.APPLICATION_JSON)
			.bodyJson()
			.isLenientlyEqualTo("""
					{
					  "id": "Q881", "type": "LOCATION", "name": "Vietnam", "aliases": [ "Viet Nam" ], "acronyms": [],
					  "articles": 2,
					  "timeline": [
					    { "id": "a-diplomacy", "title": "Enhancing defense diplomacy in the new context",
					      "date": "2022-10-19T15:18", "publication": "Communist Review" },
					    { "id": "c-rice", "title": "Rice exports grow", "date": "2023-03-01",
					      "publication": "Communist Review" }
					  ],
					  "cooccurring": {
					    "PERSON": [ { "name": "Phan Van Giang", "id": "person:phan-van-giang", "count": 1 } ],
					    "LOCATION": []
					  }
					}
					""");
	}

	@Test
	void unknownEntityIsNotFoundWithAJsonError() {
		assertThat(this.mvc.get().uri("/api/entities/{id}", "person:nobody")).hasStatus(HttpStatus.NOT_FOUND)
			.bodyJson()
			.isStrictlyEqualTo("""
					{ "error": "Entity not found",
					  "detail": "no indexed article mentions an entity with id 'person:nobody'" }
					""");
	}

	@Test
	void similarArticlesShareEntitiesAndUnknownArticleIsNotFound() {
		assertThat(this.mvc.get().uri("/api/articles/{id}/similar", "c-rice")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					[ { "id": "a-diplomacy", "title": "Enhancing defense diplomacy in the new context",
					    "date": "2022-10-19T15:18", "publication": "Communist Review" } ]
					""");
		assertThat(this.mvc.get().uri("/api/articles/{id}/similar", "nope")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void entityAndArticlePagesServeTheSearchPage() {
		assertThat(this.mvc.get().uri("/entities/{id}", "Q881")).hasStatusOk().hasForwardedUrl("/index.html");
		assertThat(this.mvc.get().uri("/articles/{id}", "c-rice")).hasStatusOk().hasForwardedUrl("/index.html");
	}

	private void assertBadRequest(String uri, String error, String detail) {
		assertThat(this.mvc.get().uri(uri)).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.isStrictlyEqualTo("{\"error\": \"%s\", \"detail\": \"%s\"}".formatted(error, detail.replace("\"", "\\\"")));
	}

}
