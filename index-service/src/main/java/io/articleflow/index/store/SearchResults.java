package io.articleflow.index.store;

import java.util.List;
import java.util.Map;

import io.articleflow.common.event.EntityType;

/**
 * One page of a search, with the counts of the whole result.
 *
 * @param total how many articles match (all pages)
 * @param hits the articles of the requested page, best first
 * @param facets for every entity type, its most frequent entities over all matching articles
 */
public record SearchResults(long total, List<ArticleHit> hits, Map<EntityType, List<FacetValue>> facets) {

	public SearchResults {
		hits = List.copyOf(hits);
		facets = Map.copyOf(facets);
	}

}
