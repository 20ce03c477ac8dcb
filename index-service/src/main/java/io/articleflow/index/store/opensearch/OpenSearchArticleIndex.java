package io.articleflow.index.store.opensearch;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.articleflow.common.event.ArticleEnriched;
import io.articleflow.common.event.EntityType;
import io.articleflow.index.store.ArticleFacts;
import io.articleflow.index.store.ArticleHit;
import io.articleflow.index.store.ArticleIndex;
import io.articleflow.index.store.ArticleIndexingException;
import io.articleflow.index.store.ArticleQuery;
import io.articleflow.index.store.ArticleSummary;
import io.articleflow.index.store.DateBucket;
import io.articleflow.index.store.EntityProfile;
import io.articleflow.index.store.EntityRef;
import io.articleflow.index.store.FacetValue;
import io.articleflow.index.store.IndexStats;
import io.articleflow.index.store.IndexableArticle;
import io.articleflow.index.store.InvalidQueryException;
import io.articleflow.index.store.SearchResults;

/**
 * {@link ArticleIndex} on an OpenSearch cluster, through an alias over one index of the current schema (created with
 * the index template on start-up when missing). Writes are bulk requests of at most
 * {@code articleflow.index.opensearch.bulk-max-bytes}, versioned externally by the event's version, so that every
 * instance of the consumer group can write to the same cluster and a late event never overwrites a newer one;
 * {@link #commit()} refreshes the alias (each write is durable in the translog when acknowledged).
 */
public final class OpenSearchArticleIndex implements ArticleIndex {

	private static final Logger log = LoggerFactory.getLogger(OpenSearchArticleIndex.class);

	/** The most articles a reindex reads per page. */
	static final int REINDEX_PAGE = 500;

	/** The most months a histogram lists (the newest ones): 50 years, as the Lucene backend. */
	static final int MAX_MONTHS = 600;

	/** The most of an article's entities (most salient first) that "more like this" looks for in others. */
	static final int MAX_SHARED_ENTITIES = 32;

	private final OpenSearchHttp http;

	private final JsonMapper json;

	private final OpenSearchIndexProperties properties;

	private final String alias;

	private final Clock clock;

	OpenSearchArticleIndex(OpenSearchHttp http, JsonMapper json, OpenSearchIndexProperties properties, Clock clock) {
		this.http = http;
		this.json = json;
		this.properties = properties;
		this.alias = properties.alias();
		this.clock = clock;
	}

	/**
	 * Puts the index template, creates the first index behind the alias when there is none, and rebuilds the index
	 * from its stored events when it was made for another schema version.
	 */
	void open() {
		expect(this.http.send("PUT", "/_index_template/" + this.alias + "-template",
				ArticleMapping.template(this.alias, this.properties.shards(), this.properties.replicas())),
				"put the index template");
		OpenSearchHttp.Answer aliased = this.http.send("GET", "/_alias/" + this.alias, null);
		if (aliased.status() == 404) {
			String first = this.alias + "-v" + ArticleMapping.SCHEMA_VERSION;
			OpenSearchHttp.Answer created = this.http.send("PUT", "/" + first,
					Map.of("aliases", Map.of(this.alias, Map.of("is_write_index", true))));
			// another instance may have created it at the same moment: the same index, nothing to do
			if (!created.ok() && !created.body().path("error").path("type").asString("").equals("resource_already_exists_exception")) {
				throw new OpenSearchIndexException("could not create index " + first + ": " + created.reason());
			}
			log.info("Created OpenSearch index {} behind alias {}", first, this.alias);
			return;
		}
		expect(aliased, "read alias " + this.alias);
		OpenSearchHttp.Answer mappings = expect(this.http.send("GET", "/" + this.alias + "/_mapping", null),
				"read the mappings of " + this.alias);
		for (JsonNode index : mappings.body()) {
			int schema = index.path("mappings").path("_meta").path(ArticleMapping.SCHEMA).asInt(0);
			if (schema != ArticleMapping.SCHEMA_VERSION) {
				log.info("The index behind {} has schema {}, not {}: rebuilding it", this.alias, schema,
						ArticleMapping.SCHEMA_VERSION);
				reindex();
				return;
			}
		}
		log.info("Opened OpenSearch alias {} with {} articles", this.alias, count());
	}

	@Override
	public void upsertAll(List<IndexableArticle> articles) {
		write(this.alias, articles);
	}

	@Override
	public boolean delete(String documentId) {
		OpenSearchHttp.Answer answer = this.http.send("DELETE", "/" + this.alias + "/_doc/" + encode(documentId), null);
		if (answer.status() == 404) {
			return false;
		}
		expect(answer, "delete article " + documentId);
		return true;
	}

	@Override
	public int reindex() {
		List<String> old = indicesOf(this.alias);
		String oldIndices = String.join(",", old);
		String next = this.alias + "-v" + ArticleMapping.SCHEMA_VERSION + "-" + this.clock.millis();
		expect(this.http.send("PUT", "/" + next, Map.of()), "create index " + next);
		int rebuilt = copy(oldIndices, next);
		expect(this.http.send("POST", "/" + next + "/_refresh", null), "refresh " + next);
		List<Object> actions = new ArrayList<>();
		for (String index : old) {
			actions.add(Map.of("remove", Map.of("index", index, "alias", this.alias)));
		}
		actions.add(Map.of("add", Map.of("index", next, "alias", this.alias, "is_write_index", true)));
		// one atomic swap: searches see the old index or the new one, never neither
		expect(this.http.send("POST", "/_aliases", Map.of("actions", actions)), "swap alias " + this.alias);
		// Articles written to the old index while the first copy ran (by this or another instance) would be lost
		// with it: a second copy, now that every write goes to the new index, brings them over; the versions keep
		// what was written to the new index since the swap. The write block first waits for the writes still in
		// flight to the old index and refuses later ones, which BulkRequest sends again, through the alias, to the
		// new index.
		expect(this.http.send("PUT", "/" + oldIndices + "/_block/write", null), "block writes to the old index");
		expect(this.http.send("POST", "/" + oldIndices + "/_refresh", null), "refresh the old index");
		copy(oldIndices, next);
		for (String index : old) {
			expect(this.http.send("DELETE", "/" + index, null), "delete the old index " + index);
		}
		log.info("Rebuilt {} articles into OpenSearch index {} behind alias {}", rebuilt, next, this.alias);
		return rebuilt;
	}

	/** Writes every article of the {@code from} indices into {@code to} from its stored event, in pages. */
	private int copy(String from, String to) {
		int copied = 0;
		List<Object> after = null;
		while (true) {
			Map<String, Object> page = new LinkedHashMap<>();
			page.put("size", REINDEX_PAGE);
			page.put("query", Map.of("match_all", Map.of()));
			page.put("sort", List.of(Map.of(ArticleMapping.ID, "asc")));
			page.put("_source", List.of(ArticleMapping.EVENT));
			if (after != null) {
				page.put("search_after", after);
			}
			JsonNode hits = expect(this.http.send("POST", "/" + from + "/_search", page), "read for reindex")
				.body().path("hits").path("hits");
			if (hits.isEmpty()) {
				return copied;
			}
			List<IndexableArticle> batch = new ArrayList<>(hits.size());
			for (JsonNode hit : hits) {
				String event = hit.path("_source").path(ArticleMapping.EVENT).asString();
				batch.add(new IndexableArticle(this.json.readValue(event, ArticleEnriched.class), event));
				after = List.of(hit.path("sort").path(0).asString());
			}
			write(to, batch);
			copied += batch.size();
		}
	}

	@Override
	public void commit() {
		expect(this.http.send("POST", "/" + this.alias + "/_refresh", null), "refresh " + this.alias);
	}

	@Override
	public SearchResults search(ArticleQuery query) {
		JsonNode body = searchOrRefuse(ArticleSearches.search(query));
		List<ArticleHit> hits = new ArrayList<>();
		for (JsonNode hit : body.path("hits").path("hits")) {
			hits.add(hit(hit, query.collapse()));
		}
		long articles = body.path("hits").path("total").path("value").asLong();
		long stories = query.collapse() ? body.path("aggregations").path("stories").path("value").asLong() : articles;
		List<DateBucket> months = new ArrayList<>();
		for (JsonNode bucket : body.path("aggregations").path("months").path("buckets")) {
			months.add(new DateBucket(bucket.path("key_as_string").asString(), bucket.path("doc_count").asLong()));
		}
		if (months.size() > MAX_MONTHS) {
			months = months.subList(months.size() - MAX_MONTHS, months.size());
		}
		return new SearchResults(stories, articles, hits, facets(body.path("aggregations"), null, query.facetSize()),
				months);
	}

	@Override
	public Optional<String> findJson(String documentId) {
		JsonNode hit = byId(documentId, List.of(ArticleMapping.EVENT));
		return (hit == null) ? Optional.empty() : Optional.of(hit.path("_source").path(ArticleMapping.EVENT).asString());
	}

	@Override
	public Optional<EntityProfile> entity(String entityId, int facetSize) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("size", EntityProfile.MAX_TIMELINE);
		request.put("track_total_hits", true);
		request.put("query", ArticleSearches.term(ArticleMapping.ENTITY, ArticleFacts.key(entityId)));
		request.put("sort", ArticleSearches.newestFirst());
		List<String> fields = new ArrayList<>(ArticleMapping.SUMMARY_FIELDS);
		fields.add(ArticleMapping.ENTITY_FORMS);
		request.put("_source", fields);
		request.put("aggs", ArticleSearches.facets(facetSize + 1));
		JsonNode body = expect(this.http.send("POST", "/" + this.alias + "/_search", request),
				"read entity " + entityId).body();
		long articles = body.path("hits").path("total").path("value").asLong();
		if (articles == 0) {
			return Optional.empty();
		}
		String key = ArticleFacts.key(entityId);
		List<ArticleSummary> timeline = new ArrayList<>();
		Set<String> aliases = new LinkedHashSet<>();
		Set<String> acronyms = new LinkedHashSet<>();
		JsonNode found = null;
		for (JsonNode hit : body.path("hits").path("hits")) {
			timeline.add(summary(hit.path("_source")));
			for (JsonNode form : hit.path("_source").path(ArticleMapping.ENTITY_FORMS)) {
				if (!ArticleFacts.key(form.path("id").asString()).equals(key)
						&& !ArticleFacts.key(form.path("name").asString()).equals(key)) {
					continue;
				}
				found = (found == null) ? form : found;
				if (form.hasNonNull("acronym")) {
					acronyms.add(form.path("acronym").asString());
				}
				for (JsonNode mention : form.path("mentions")) {
					String text = mention.asString();
					if (aliases.size() < EntityProfile.MAX_ALIASES && !text.equals(found.path("name").asString())) {
						aliases.add(text);
					}
				}
			}
		}
		if (found == null) {
			return Optional.empty();
		}
		Collections.reverse(timeline);
		String ownId = found.path("id").asString();
		return Optional.of(new EntityProfile(ownId, EntityType.valueOf(found.path("type").asString()),
				found.path("name").asString(), List.copyOf(aliases), List.copyOf(acronyms), articles, timeline,
				facets(body.path("aggregations"), ownId, facetSize)));
	}

	@Override
	public List<ArticleSummary> similar(String documentId, int limit) {
		JsonNode self = byId(documentId, List.of(ArticleMapping.ENTITY_REFS, ArticleMapping.CLUSTER));
		if (self == null || self.path("_source").path(ArticleMapping.ENTITY_REFS).isEmpty()) {
			return List.of();
		}
		List<Object> should = new ArrayList<>();
		for (JsonNode ref : self.path("_source").path(ArticleMapping.ENTITY_REFS)) {
			if (should.size() == MAX_SHARED_ENTITIES) {
				break;
			}
			should.add(ArticleSearches.term(ArticleMapping.ENTITY, ArticleFacts.key(ref.path("id").asString())));
		}
		List<Object> mustNot = List.of(ArticleSearches.term(ArticleMapping.ID, documentId),
				ArticleSearches.term(ArticleMapping.CLUSTER, self.path("_source").path(ArticleMapping.CLUSTER).asString()));
		Map<String, Object> request = Map.of("size", limit, "_source", ArticleMapping.SUMMARY_FIELDS, "sort",
				List.of("_score", Map.of(ArticleMapping.ID, "asc")), "query",
				Map.of("bool", Map.of("should", should, "minimum_should_match", 1, "must_not", mustNot)));
		JsonNode hits = expect(this.http.send("POST", "/" + this.alias + "/_search", request),
				"find articles like " + documentId).body().path("hits").path("hits");
		List<ArticleSummary> similar = new ArrayList<>();
		for (JsonNode hit : hits) {
			similar.add(summary(hit.path("_source")));
		}
		return similar;
	}

	@Override
	public long count() {
		return expect(this.http.send("GET", "/" + this.alias + "/_count", null), "count " + this.alias).body()
			.path("count")
			.asLong();
	}

	@Override
	public IndexStats stats() {
		Map<String, Object> aggs = new LinkedHashMap<>();
		for (EntityType type : EntityType.values()) {
			aggs.put(type.name(), Map.of("cardinality", Map.of("field", ArticleMapping.facetField(type),
					"precision_threshold", ArticleSearches.EXACT_STORY_COUNT)));
		}
		JsonNode body = expect(this.http.send("POST", "/" + this.alias + "/_search",
				Map.of("size", 0, "track_total_hits", true, "aggs", aggs)), "read the statistics of " + this.alias)
			.body();
		Map<EntityType, Integer> distinct = new EnumMap<>(EntityType.class);
		for (EntityType type : EntityType.values()) {
			distinct.put(type, body.path("aggregations").path(type.name()).path("value").asInt());
		}
		return new IndexStats(body.path("hits").path("total").path("value").asLong(), distinct);
	}

	/** The cluster's health as the alias's indices see it: {@code green}, {@code yellow} or {@code red}. */
	String health() {
		return expect(this.http.send("GET", "/_cluster/health/" + this.alias, null), "read the cluster health")
			.body()
			.path("status")
			.asString();
	}

	/** The alias that searches and writes go through. */
	public String alias() {
		return this.alias;
	}

	private void write(String index, List<IndexableArticle> articles) {
		long maxBytes = this.properties.bulkMaxBytes().toBytes();
		int start = 0;
		while (start < articles.size()) {
			StringBuilder ndjson = new StringBuilder();
			int end = start;
			while (end < articles.size() && (end == start || ndjson.length() < maxBytes)) {
				String line = bulkLines(index, articles.get(end), end);
				// a request closes before the article that would take it over the limit (one article always goes)
				if (end > start && ndjson.length() + line.length() > maxBytes) {
					break;
				}
				ndjson.append(line);
				end++;
			}
			new BulkRequest(this.http, this.properties.retry(), articles, position -> bulkLines(index, articles.get(position), position))
				.send(start, end, ndjson.toString());
			start = end;
		}
	}

	/** The action and source lines of one article; a refused source is named by its position. */
	String bulkLines(String index, IndexableArticle article, int position) {
		Map<String, Object> source;
		try {
			source = ArticleSources.source(article);
		}
		catch (IllegalArgumentException ex) {
			throw new ArticleIndexingException("the index refused article " + article.documentId() + ": "
					+ ex.getMessage(), position, true, ex);
		}
		Map<String, Object> action = Map.of("index", Map.of("_index", index, "_id", article.documentId(), "version",
				ArticleFacts.version(article.article()), "version_type", "external_gte"));
		return this.json.writeValueAsString(action) + "\n" + this.json.writeValueAsString(source) + "\n";
	}

	private ArticleHit hit(JsonNode hit, boolean collapsed) {
		JsonNode source = hit.path("_source");
		List<EntityRef> entities = new ArrayList<>();
		for (JsonNode ref : source.path(ArticleMapping.ENTITY_REFS)) {
			entities.add(new EntityRef(ref.path("id").asString(), EntityType.valueOf(ref.path("type").asString()),
					ref.path("name").asString()));
		}
		List<EntityRef> salient = entities.subList(0, Math.min(entities.size(), ArticleHit.MAX_ENTITIES));
		long versions = 1;
		List<ArticleSummary> others = new ArrayList<>();
		if (collapsed) {
			JsonNode inner = hit.path("inner_hits").path("versions").path("hits");
			versions = inner.path("total").path("value").asLong(1);
			String id = source.path(ArticleMapping.ID).asString();
			for (JsonNode version : inner.path("hits")) {
				if (others.size() < ArticleHit.MAX_OTHER_VERSIONS && !version.path("_id").asString().equals(id)) {
					others.add(summary(version.path("_source")));
				}
			}
		}
		JsonNode fragments = hit.path("highlight").path(ArticleMapping.BODY);
		String snippet = fragments.isEmpty() ? "" : fragments.path(0).asString();
		return new ArticleHit(source.path(ArticleMapping.ID).asString(), text(source, ArticleMapping.TITLE),
				text(source, ArticleMapping.PUBLISHED), text(source, ArticleMapping.BYLINE),
				text(source, ArticleMapping.PUBLICATION), snippet, salient, entities.size() - salient.size(),
				text(source, ArticleMapping.CLUSTER), versions, others);
	}

	private static ArticleSummary summary(JsonNode source) {
		return new ArticleSummary(text(source, ArticleMapping.ID), text(source, ArticleMapping.TITLE),
				text(source, ArticleMapping.PUBLISHED), text(source, ArticleMapping.PUBLICATION));
	}

	private static String text(JsonNode source, String field) {
		JsonNode value = source.path(field);
		return (value.isMissingNode() || value.isNull()) ? null : value.asString();
	}

	/** Every entity type's buckets as facet values (empty when none), without {@code ownId}. */
	private static Map<EntityType, List<FacetValue>> facets(JsonNode aggregations, String ownId, int limit) {
		Map<EntityType, List<FacetValue>> facets = new EnumMap<>(EntityType.class);
		for (EntityType type : EntityType.values()) {
			List<FacetValue> values = new ArrayList<>();
			for (JsonNode bucket : aggregations.path(ArticleSearches.facetAgg(type)).path("buckets")) {
				String label = bucket.path("key").asString();
				int at = label.lastIndexOf(ArticleSources.SEPARATOR);
				FacetValue value = (at < 0) ? new FacetValue(label, label, bucket.path("doc_count").asLong())
						: new FacetValue(label.substring(0, at), label.substring(at + 1), bucket.path("doc_count").asLong());
				if (!value.id().equals(ownId) && values.size() < limit) {
					values.add(value);
				}
			}
			facets.put(type, List.copyOf(values));
		}
		return facets;
	}

	private JsonNode byId(String documentId, List<String> fields) {
		Map<String, Object> request = Map.of("size", 1, "_source", fields, "query",
				ArticleSearches.term(ArticleMapping.ID, documentId));
		JsonNode hits = expect(this.http.send("POST", "/" + this.alias + "/_search", request),
				"read article " + documentId).body().path("hits").path("hits");
		return hits.isEmpty() ? null : hits.path(0);
	}

	private JsonNode searchOrRefuse(Map<String, Object> request) {
		OpenSearchHttp.Answer answer = this.http.send("POST", "/" + this.alias + "/_search", request);
		if (answer.status() == 400) {
			String reason = answer.reason();
			int end = reason.indexOf('\n');
			throw new InvalidQueryException((end < 0) ? reason : reason.substring(0, end).strip(), null);
		}
		return expect(answer, "search " + this.alias).body();
	}

	private List<String> indicesOf(String name) {
		OpenSearchHttp.Answer answer = expect(this.http.send("GET", "/_alias/" + name, null), "read alias " + name);
		List<String> indices = new ArrayList<>();
		answer.body().propertyNames().forEach(indices::add);
		return indices;
	}

	private static String encode(String id) {
		return java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
	}

	static OpenSearchHttp.Answer expect(OpenSearchHttp.Answer answer, String what) {
		if (!answer.ok()) {
			throw new OpenSearchIndexException("could not " + what + ": HTTP " + answer.status() + ", "
					+ answer.reason());
		}
		return answer;
	}

}
