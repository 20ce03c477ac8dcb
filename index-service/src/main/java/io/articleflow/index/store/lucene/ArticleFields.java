package io.articleflow.index.store.lucene;

import org.apache.lucene.facet.FacetsConfig;

import io.articleflow.common.event.EntityType;

/** The Lucene schema of an article document: field names, field types and the facet configuration. */
final class ArticleFields {

	/** Document id: exact term, stored; the key of upserts. */
	static final String ID = "id";

	/** Headline (or the text's first sentence): analysed, stored. */
	static final String TITLE = "title";

	/** Article text: analysed, not stored (snippets come from {@link #BODY}). */
	static final String TEXT = "text";

	/**
	 * The text after its title, byline and date lines: stored only, what snippets are cut from (re-analysed for the
	 * passages of one page of hits).
	 */
	static final String BODY = "body";

	/** The byline as a result list shows it: stored only. */
	static final String BYLINE = "byline";

	/** The publishing outlet: stored only. */
	static final String PUBLICATION = "publication";

	/**
	 * The story cluster id ({@code doc:} + document id for an article without one): exact term for the members of a
	 * story; stored.
	 */
	static final String CLUSTER = "cluster";

	/**
	 * A 64-bit key of {@link #CLUSTER} ({@link StoryKeys}): numeric doc values that results collapse by. Grouping
	 * by the cluster's terms looks every story seen so far up again in each segment, which grows with index size
	 * times matches; a number needs no lookup.
	 */
	static final String CLUSTER_KEY = "cluster_key";

	/** Canonical names and acronyms of the article's entities: analysed, so full text finds them. */
	static final String ENTITY_NAMES = "entity_names";

	/** Publication date as the article gives it (ISO 8601): stored only. */
	static final String PUBLISHED = "published";

	/** Publication date as epoch day: points for range filters, doc values for sorting. */
	static final String PUBLISHED_DAY = "published_day";

	/** File name of the source: exact, stored. */
	static final String FILE_NAME = "file_name";

	/** URI of the source file: exact, stored. */
	static final String SOURCE_URI = "source_uri";

	/** Lower-cased entity ids and canonical names: exact terms for the entity filter of any type. */
	static final String ENTITY = "entity";

	/** {@code TYPE/} + lower-cased entity id or canonical name: exact terms for the entity filter of one type. */
	static final String TYPED_ENTITY = "typed_entity";

	/** Entity types present in the article: exact terms for the type-only filter. */
	static final String ENTITY_TYPE = "entity_type";

	/**
	 * JSON array of the article's entities ({@code id}, {@code type}, {@code name}) for result lists, most salient
	 * first (most mentions, then earliest first mention): stored.
	 */
	static final String ENTITY_REFS = "entity_refs";

	/** The event's version ({@code ArticleFacts.version}): stored, compared before an upsert replaces the document. */
	static final String VERSION = "version";

	/** The event JSON as received: stored, served back by id. */
	static final String EVENT = "event";

	/** Full-text fields the query parser searches by default. */
	static final String[] FULL_TEXT = { TITLE, TEXT, ENTITY_NAMES };

	private ArticleFields() {
	}

	/** One multi-valued sorted-set facet dimension per entity type. */
	static FacetsConfig facetsConfig() {
		FacetsConfig config = new FacetsConfig();
		for (EntityType type : EntityType.values()) {
			config.setMultiValued(type.name(), true);
		}
		return config;
	}

}
