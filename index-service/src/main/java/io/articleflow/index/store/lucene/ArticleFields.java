package io.articleflow.index.store.lucene;

import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;

import io.articleflow.common.event.EntityType;

/** The Lucene schema of an article document: field names, field types and the facet configuration. */
final class ArticleFields {

	/** Document id: exact term, stored; the key of upserts. */
	static final String ID = "id";

	/** Headline (or file name): analysed, stored. */
	static final String TITLE = "title";

	/** Article text: analysed, stored, with offsets in the postings so highlighting needs no re-analysis. */
	static final String TEXT = "text";

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

	/** JSON array of the article's entities ({@code id}, {@code type}, {@code name}) for result lists: stored. */
	static final String ENTITY_REFS = "entity_refs";

	/** The event JSON as received: stored, served back by id. */
	static final String EVENT = "event";

	/** Full-text fields the query parser searches by default. */
	static final String[] FULL_TEXT = { TITLE, TEXT, ENTITY_NAMES };

	static final FieldType TEXT_TYPE;

	static {
		FieldType type = new FieldType(TextField.TYPE_STORED);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		type.freeze();
		TEXT_TYPE = type;
	}

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
