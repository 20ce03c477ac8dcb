package io.articleflow.index.api;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.articleflow.index.store.ArticleIndex;
import io.articleflow.index.store.SearchResults;

/**
 * Searches the article index: full text, entity, type and date filters, sorted by relevance or date, one hit per
 * story cluster, entity facets and a date histogram.
 */
@RestController
public class SearchController {

	private final ArticleIndex index;

	private final SearchRequests requests;

	public SearchController(ArticleIndex index, SearchProperties properties) {
		this.index = index;
		this.requests = new SearchRequests(properties);
	}

	/**
	 * One page of matching articles with per-type entity counts over all matches. Every parameter is optional;
	 * without any, every article, newest first.
	 * @param q full-text query (title, text, entity names) in the Lucene query syntax
	 * @param entity entity ids or canonical names (case-insensitive) the article must all contain
	 * @param type entity type the {@code entity} values must have; alone, articles with an entity of that type
	 * @param from first publication date included (yyyy-MM-dd)
	 * @param to last publication date included (yyyy-MM-dd)
	 * @param page zero-based page number
	 * @param size hits (stories) per page
	 * @param sort {@code relevance} (the default) or {@code date} (newest first)
	 * @param collapse {@code true} (the default): one hit per story cluster, {@code total} counts stories;
	 *     {@code false}: one hit per article
	 */
	@GetMapping(path = "/api/search", produces = MediaType.APPLICATION_JSON_VALUE)
	public SearchResults search(@RequestParam(required = false) String q,
			@RequestParam(required = false) List<String> entity, @RequestParam(required = false) String type,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String page, @RequestParam(required = false) String size,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String collapse) {
		return this.index.search(this.requests.toQuery(q, entity, type, from, to, page, size, sort, collapse));
	}

}
