package io.articleflow.index.store.opensearch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.articleflow.common.event.EntityType;

/**
 * The OpenSearch schema of an article: field names and the index template's explicit mappings. Full text is analysed
 * with the {@code english} analyzer (possessives, stop words, Porter stemming), as the Lucene backend's
 * {@code EnglishAnalyzer}; nothing is mapped dynamically.
 */
final class ArticleMapping {

	/** Bump when the mappings or what a document holds change: indices of another version are rebuilt on start. */
	static final int SCHEMA_VERSION = 1;

	static final String ID = "id";

	static final String TITLE = "title";

	static final String TEXT = "text";

	/** The text after its title, byline and date lines: not searched, what snippets are cut from. */
	static final String BODY = "body";

	static final String ENTITY_NAMES = "entity_names";

	static final String BYLINE = "byline";

	static final String PUBLICATION = "publication";

	/** Publication date as the article gives it (ISO 8601). */
	static final String PUBLISHED = "published";

	/** Publication day: range filters, sort, month histogram. */
	static final String PUBLISHED_DAY = "published_day";

	/** Story cluster: what results collapse on. */
	static final String CLUSTER = "cluster";

	/** Lower-cased entity ids and canonical names: the entity filter of any type. */
	static final String ENTITY = "entity";

	/** {@code TYPE/} + lower-cased id or name: the entity filter of one type. */
	static final String TYPED_ENTITY = "typed_entity";

	static final String ENTITY_TYPE = "entity_type";

	/** Canonical entity ids: what "more like this" matches. */
	static final String ENTITY_ID = "entity_id";

	/** {@code facet.<TYPE>}: name + separator + id of the article's entities of that type, for terms aggregations. */
	static final String FACET = "facet";

	/** The article's entities ({@code id}, {@code type}, {@code name}) by salience, for result lists; not indexed. */
	static final String ENTITY_REFS = "entity_refs";

	/** Per entity: id, type, name, acronym and the distinct texts of its mentions, for entity pages; not indexed. */
	static final String ENTITY_FORMS = "entity_forms";

	static final String FILE_NAME = "file_name";

	static final String SOURCE_URI = "source_uri";

	static final String EXTRACTOR_VERSION = "extractor_version";

	/** The event's version (also the document's external version). */
	static final String VERSION = "version";

	static final String SCHEMA = "schema_version";

	/** The event JSON as received: kept in the source only, served back by id. */
	static final String EVENT = "event";

	/** Fields a result list reads from a hit's source. */
	static final List<String> HIT_FIELDS = List.of(ID, TITLE, PUBLISHED, BYLINE, PUBLICATION, CLUSTER, ENTITY_REFS);

	/** Fields an article summary reads. */
	static final List<String> SUMMARY_FIELDS = List.of(ID, TITLE, PUBLISHED, PUBLICATION);

	private ArticleMapping() {
	}

	static String facetField(EntityType type) {
		return FACET + "." + type.name();
	}

	/** The body of {@code PUT _index_template/<name>} for the indices behind the alias. */
	static Map<String, Object> template(String alias, int shards, int replicas) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put(ID, keyword());
		properties.put(TITLE, english());
		properties.put(TEXT, english());
		properties.put(BODY, Map.of("type", "text", "analyzer", "english", "index_options", "offsets"));
		properties.put(ENTITY_NAMES, english());
		properties.put(BYLINE, stored());
		properties.put(PUBLICATION, stored());
		properties.put(PUBLISHED, stored());
		properties.put(PUBLISHED_DAY, Map.of("type", "date", "format", "strict_date"));
		properties.put(CLUSTER, keyword());
		properties.put(ENTITY, keyword());
		properties.put(TYPED_ENTITY, keyword());
		properties.put(ENTITY_TYPE, keyword());
		properties.put(ENTITY_ID, keyword());
		Map<String, Object> facets = new LinkedHashMap<>();
		for (EntityType type : EntityType.values()) {
			facets.put(type.name(), keyword());
		}
		properties.put(FACET, Map.of("properties", facets));
		properties.put(ENTITY_REFS, Map.of("type", "object", "enabled", false));
		properties.put(ENTITY_FORMS, Map.of("type", "object", "enabled", false));
		properties.put(FILE_NAME, keyword());
		properties.put(SOURCE_URI, keyword());
		properties.put(EXTRACTOR_VERSION, keyword());
		properties.put(VERSION, Map.of("type", "long"));
		properties.put(SCHEMA, Map.of("type", "integer"));
		properties.put(EVENT, Map.of("type", "object", "enabled", false));
		Map<String, Object> mappings = Map.of("dynamic", "strict", "_meta", Map.of(SCHEMA, SCHEMA_VERSION),
				"properties", properties);
		Map<String, Object> settings = Map.of("number_of_shards", shards, "number_of_replicas", replicas,
				// a hit's passage can come from anywhere in a long text, as with the Lucene backend
				"highlight.max_analyzed_offset", 16 * 1024 * 1024);
		return Map.of("index_patterns", List.of(alias + "-v*"), "priority", 100,
				"template", Map.of("settings", settings, "mappings", mappings));
	}

	private static Map<String, Object> keyword() {
		return Map.of("type", "keyword");
	}

	private static Map<String, Object> english() {
		return Map.of("type", "text", "analyzer", "english");
	}

	/** Shown, never searched: in the source only. */
	private static Map<String, Object> stored() {
		return Map.of("type", "keyword", "index", false, "doc_values", false);
	}

}
