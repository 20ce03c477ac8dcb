package io.articleflow.index.store;

import java.util.List;
import java.util.Map;

import io.articleflow.common.event.EntityType;

/**
 * One page of a search, with the counts of the whole result. Articles of one story cluster collapse into one hit:
 * {@code total} counts stories (what pages go through), {@code articles} counts articles, and facets and the date
 * histogram count articles.
 *
 * @param total how many stories (distinct clusters) match, over all pages
 * @param articles how many articles match, over all pages
 * @param hits the stories of the requested page, in the requested order
 * @param facets for every entity type, its most frequent entities over all matching articles
 * @param dates matching articles per publication month, oldest first; undated articles are not counted
 */
public record SearchResults(long total, long articles, List<ArticleHit> hits, Map<EntityType, List<FacetValue>> facets,
		List<DateBucket> dates) {

	public SearchResults {
		hits = List.copyOf(hits);
		facets = Map.copyOf(facets);
		dates = List.copyOf(dates);
	}

}
