package io.articleflow.index.store.lucene;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import tools.jackson.databind.json.JsonMapper;

import io.articleflow.common.event.ArticleEnriched;
import io.articleflow.common.event.ArticleMetadata;
import io.articleflow.common.event.Entity;
import io.articleflow.common.event.EntityType;
import io.articleflow.index.store.ArticleFacts;
import io.articleflow.index.store.EntityRef;
import io.articleflow.index.store.IndexableArticle;

/** Maps an article to its Lucene document (before facet fields are built by {@code FacetsConfig}). */
final class ArticleDocuments {

	private final JsonMapper json;

	ArticleDocuments(JsonMapper json) {
		this.json = json;
	}

	/**
	 * The document of an article.
	 * @throws IllegalArgumentException when the article's date is not ISO 8601
	 */
	Document toDocument(IndexableArticle indexable) {
		ArticleEnriched article = indexable.article();
		Document doc = new Document();
		doc.add(new StringField(ArticleFields.ID, article.documentId(), Store.YES));
		doc.add(new TextField(ArticleFields.TITLE, ArticleFacts.title(article), Store.YES));
		doc.add(new TextField(ArticleFields.TEXT, article.text(), Store.NO));
		doc.add(new StoredField(ArticleFields.BODY, ArticleFacts.body(article)));
		String cluster = ArticleFacts.cluster(article);
		doc.add(new StringField(ArticleFields.CLUSTER, cluster, Store.YES));
		doc.add(new NumericDocValuesField(ArticleFields.CLUSTER_KEY, StoryKeys.of(cluster)));
		addPublished(doc, article.metadata());
		addByline(doc, article.metadata());
		if (article.source() != null) {
			addExact(doc, ArticleFields.FILE_NAME, article.source().fileName());
			addExact(doc, ArticleFields.SOURCE_URI, article.source().uri());
		}
		addEntities(doc, article.entities());
		doc.add(new StoredField(ArticleFields.VERSION, ArticleFacts.version(article)));
		doc.add(new StoredField(ArticleFields.EVENT, indexable.json()));
		return doc;
	}

	static String key(String idOrName) {
		return ArticleFacts.key(idOrName);
	}

	static String typedKey(EntityType type, String idOrName) {
		return ArticleFacts.typedKey(type, idOrName);
	}

	private static void addByline(Document doc, ArticleMetadata metadata) {
		String byline = ArticleFacts.byline(metadata);
		if (byline != null) {
			doc.add(new StoredField(ArticleFields.BYLINE, byline));
		}
		String publication = ArticleFacts.publication(metadata);
		if (publication != null) {
			doc.add(new StoredField(ArticleFields.PUBLICATION, publication));
		}
	}

	private static void addPublished(Document doc, ArticleMetadata metadata) {
		if (metadata == null || metadata.published() == null) {
			return;
		}
		String day = metadata.publishedDate();
		try {
			doc.add(new LongField(ArticleFields.PUBLISHED_DAY, LocalDate.parse(day).toEpochDay(), Store.NO));
		}
		catch (DateTimeParseException | NullPointerException ex) {
			throw new IllegalArgumentException("metadata.published is not an ISO 8601 date: " + metadata.published(),
					ex);
		}
		doc.add(new StoredField(ArticleFields.PUBLISHED, metadata.published()));
	}

	private static void addExact(Document doc, String field, String value) {
		if (value != null) {
			doc.add(new StringField(field, value, Store.YES));
		}
	}

	private void addEntities(Document doc, List<Entity> entities) {
		List<EntityRef> refs = new ArrayList<>(entities.size());
		Set<EntityType> types = EnumSet.noneOf(EntityType.class);
		for (Entity entity : ArticleFacts.bySalience(entities)) {
			refs.add(new EntityRef(entity.id(), entity.type(), entity.canonicalName()));
			types.add(entity.type());
			doc.add(new TextField(ArticleFields.ENTITY_NAMES, entity.canonicalName(), Store.NO));
			if (entity.acronym() != null) {
				doc.add(new TextField(ArticleFields.ENTITY_NAMES, entity.acronym(), Store.NO));
			}
			for (String value : List.of(entity.id(), entity.canonicalName())) {
				doc.add(new StringField(ArticleFields.ENTITY, key(value), Store.NO));
				doc.add(new StringField(ArticleFields.TYPED_ENTITY, typedKey(entity.type(), value), Store.NO));
			}
			doc.add(new SortedSetDocValuesFacetField(entity.type().name(),
					EntityFacetLabels.label(entity.canonicalName(), entity.id())));
		}
		for (EntityType type : types) {
			doc.add(new StringField(ArticleFields.ENTITY_TYPE, type.name(), Store.NO));
		}
		doc.add(new StoredField(ArticleFields.ENTITY_REFS, this.json.writeValueAsString(refs)));
	}

}
