package io.articleflow.index.store.opensearch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.articleflow.common.event.EntityType;
import io.articleflow.index.store.ArticleFacts;
import io.articleflow.index.store.ArticleHit;
import io.articleflow.index.store.ArticleQuery;

/** Builds the OpenSearch request bodies of searches: queries, sorts, story collapse, highlight and aggregations. */
final class ArticleSearches {

	/** A title or entity-name match says more about an article than a match somewhere in its text. */
	static final List<String> FULL_TEXT_FIELDS = List.of(ArticleMapping.TITLE + "^3", ArticleMapping.ENTITY_NAMES + "^2",
			ArticleMapping.TEXT);

	/** Counting distinct stories is exact up to this many (OpenSearch's cardinality is approximate beyond). */
	static final int EXACT_STORY_COUNT = 40_000;

	/** Passages end at sentence boundaries near this length. */
	static final int SNIPPET_LENGTH = 200;

	private ArticleSearches() {
	}

	/** The scoring full-text part (every article without text) restricted by the filters. */
	static Map<String, Object> query(ArticleQuery query) {
		List<Object> filters = new ArrayList<>();
		for (String entity : query.entities()) {
			filters.add((query.type() != null) ? term(ArticleMapping.TYPED_ENTITY, ArticleFacts.typedKey(query.type(), entity))
					: term(ArticleMapping.ENTITY, ArticleFacts.key(entity)));
		}
		if (query.type() != null && query.entities().isEmpty()) {
			filters.add(term(ArticleMapping.ENTITY_TYPE, query.type().name()));
		}
		if (query.from() != null || query.to() != null) {
			Map<String, Object> range = new LinkedHashMap<>();
			if (query.from() != null) {
				range.put("gte", query.from().toString());
			}
			if (query.to() != null) {
				range.put("lte", query.to().toString());
			}
			filters.add(Map.of("range", Map.of(ArticleMapping.PUBLISHED_DAY, range)));
		}
		return Map.of("bool", Map.of("must", List.of(fullText(query)), "filter", filters));
	}

	/** Newest first (undated last) without text or when asked, else best match first; ties by id. */
	static List<Object> sort(ArticleQuery query) {
		return query.newestFirst() ? newestFirst() : List.of("_score", Map.of(ArticleMapping.ID, "asc"));
	}

	static List<Object> newestFirst() {
		return List.of(Map.of(ArticleMapping.PUBLISHED_DAY, Map.of("order", "desc", "missing", "_last")),
				Map.of(ArticleMapping.ID, "asc"));
	}

	/** One page of hits with every count of the whole result. */
	static Map<String, Object> search(ArticleQuery query) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("from", query.offset());
		body.put("size", query.size());
		body.put("track_total_hits", true);
		body.put("query", query(query));
		body.put("sort", sort(query));
		body.put("_source", ArticleMapping.HIT_FIELDS);
		if (query.collapse()) {
			// one hit per story; its other versions are the inner hits, in the same order
			body.put("collapse", Map.of("field", ArticleMapping.CLUSTER, "inner_hits",
					Map.of("name", "versions", "size", 1 + ArticleHit.MAX_OTHER_VERSIONS, "sort", sort(query), "_source",
							ArticleMapping.SUMMARY_FIELDS)));
		}
		body.put("highlight", highlight());
		Map<String, Object> aggs = new LinkedHashMap<>();
		aggs.put("stories", Map.of("cardinality",
				Map.of("field", ArticleMapping.CLUSTER, "precision_threshold", EXACT_STORY_COUNT)));
		aggs.put("months", Map.of("date_histogram", Map.of("field", ArticleMapping.PUBLISHED_DAY, "calendar_interval",
				"month", "format", "yyyy-MM", "min_doc_count", 1)));
		aggs.putAll(facets(query.facetSize()));
		body.put("aggs", aggs);
		return body;
	}

	/** A terms aggregation per entity type: most frequent first, then alphabetical (as Lucene's facets). */
	static Map<String, Object> facets(int size) {
		Map<String, Object> aggs = new LinkedHashMap<>();
		if (size == 0) {
			return aggs;
		}
		for (EntityType type : EntityType.values()) {
			aggs.put(facetAgg(type), Map.of("terms", Map.of("field", ArticleMapping.facetField(type), "size", size,
					"order", List.of(Map.of("_count", "desc"), Map.of("_key", "asc")))));
		}
		return aggs;
	}

	static String facetAgg(EntityType type) {
		return "facet_" + type.name();
	}

	static Map<String, Object> term(String field, String value) {
		return Map.of("term", Map.of(field, value));
	}

	private static Map<String, Object> fullText(ArticleQuery query) {
		if (query.text() == null) {
			return Map.of("match_all", Map.of());
		}
		// most_fields adds up a term's scores over the fields, as Lucene's MultiFieldQueryParser does in the Lucene
		// backend; query_string's default (best_fields) takes only the best field, which ranked the seeds otherwise
		return Map.of("query_string", Map.of("query", query.text(), "fields", FULL_TEXT_FIELDS, "type", "most_fields",
				"default_operator", "AND", "allow_leading_wildcard", false));
	}

	/**
	 * The best sentence-bounded passage of the body, HTML-escaped with {@code <mark>} around the query's terms from any
	 * field; the body's start when nothing matches there.
	 */
	private static Map<String, Object> highlight() {
		return Map.of("type", "unified", "encoder", "html", "pre_tags", List.of("<mark>"), "post_tags",
				List.of("</mark>"), "require_field_match", false, "fields",
				Map.of(ArticleMapping.BODY, Map.of("fragment_size", SNIPPET_LENGTH, "number_of_fragments", 1,
						"no_match_size", SNIPPET_LENGTH, "boundary_scanner", "sentence")));
	}

}
