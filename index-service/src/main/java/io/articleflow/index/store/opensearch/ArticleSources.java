package io.articleflow.index.store.opensearch;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.articleflow.common.event.ArticleEnriched;
import io.articleflow.common.event.Entity;
import io.articleflow.common.event.EntityType;
import io.articleflow.common.event.Mention;
import io.articleflow.index.store.ArticleFacts;
import io.articleflow.index.store.IndexableArticle;

/** Maps an article to its OpenSearch document source (see {@link ArticleMapping}). */
final class ArticleSources {

	/** Never part of a canonical name or id: separates the two in a facet value. */
	static final char SEPARATOR = '\u001D';

	private ArticleSources() {
	}

	/**
	 * The document of an article.
	 * @throws IllegalArgumentException when the article's date is not ISO 8601
	 */
	static Map<String, Object> source(IndexableArticle indexable) {
		ArticleEnriched article = indexable.article();
		Map<String, Object> doc = new LinkedHashMap<>();
		doc.put(ArticleMapping.ID, article.documentId());
		doc.put(ArticleMapping.TITLE, ArticleFacts.title(article));
		doc.put(ArticleMapping.TEXT, article.text());
		doc.put(ArticleMapping.BODY, ArticleFacts.body(article));
		doc.put(ArticleMapping.CLUSTER, ArticleFacts.cluster(article));
		doc.put(ArticleMapping.BYLINE, ArticleFacts.byline(article.metadata()));
		doc.put(ArticleMapping.PUBLICATION, ArticleFacts.publication(article.metadata()));
		if (article.metadata() != null && article.metadata().published() != null) {
			String day = article.metadata().publishedDate();
			try {
				doc.put(ArticleMapping.PUBLISHED_DAY, LocalDate.parse(day).toString());
			}
			catch (DateTimeParseException | NullPointerException ex) {
				throw new IllegalArgumentException(
						"metadata.published is not an ISO 8601 date: " + article.metadata().published(), ex);
			}
			doc.put(ArticleMapping.PUBLISHED, article.metadata().published());
		}
		if (article.source() != null) {
			doc.put(ArticleMapping.FILE_NAME, article.source().fileName());
			doc.put(ArticleMapping.SOURCE_URI, article.source().uri());
		}
		addEntities(doc, article.entities());
		doc.put(ArticleMapping.EXTRACTOR_VERSION, article.extractorVersion());
		doc.put(ArticleMapping.VERSION, ArticleFacts.version(article));
		doc.put(ArticleMapping.SCHEMA, ArticleMapping.SCHEMA_VERSION);
		doc.put(ArticleMapping.EVENT, indexable.json());
		doc.values().removeIf(value -> value == null);
		return doc;
	}

	static String facetValue(String name, String id) {
		return name + SEPARATOR + id;
	}

	private static void addEntities(Map<String, Object> doc, List<Entity> entities) {
		List<String> names = new ArrayList<>();
		Set<String> keys = new LinkedHashSet<>();
		Set<String> typedKeys = new LinkedHashSet<>();
		Set<String> types = new LinkedHashSet<>();
		Set<String> ids = new LinkedHashSet<>();
		Map<EntityType, List<String>> facets = new EnumMap<>(EntityType.class);
		List<Map<String, Object>> refs = new ArrayList<>();
		List<Map<String, Object>> forms = new ArrayList<>();
		for (Entity entity : ArticleFacts.bySalience(entities)) {
			refs.add(Map.of("id", entity.id(), "type", entity.type().name(), "name", entity.canonicalName()));
			names.add(entity.canonicalName());
			if (entity.acronym() != null) {
				names.add(entity.acronym());
			}
			for (String value : List.of(entity.id(), entity.canonicalName())) {
				keys.add(ArticleFacts.key(value));
				typedKeys.add(ArticleFacts.typedKey(entity.type(), value));
			}
			types.add(entity.type().name());
			ids.add(entity.id());
			facets.computeIfAbsent(entity.type(), type -> new ArrayList<>())
				.add(facetValue(entity.canonicalName(), entity.id()));
			Map<String, Object> form = new LinkedHashMap<>();
			form.put("id", entity.id());
			form.put("type", entity.type().name());
			form.put("name", entity.canonicalName());
			if (entity.acronym() != null) {
				form.put("acronym", entity.acronym());
			}
			form.put("mentions", entity.mentions().stream().map(Mention::text).distinct().toList());
			forms.add(form);
		}
		doc.put(ArticleMapping.ENTITY_NAMES, names);
		doc.put(ArticleMapping.ENTITY, List.copyOf(keys));
		doc.put(ArticleMapping.TYPED_ENTITY, List.copyOf(typedKeys));
		doc.put(ArticleMapping.ENTITY_TYPE, List.copyOf(types));
		doc.put(ArticleMapping.ENTITY_ID, List.copyOf(ids));
		Map<String, Object> facetFields = new LinkedHashMap<>();
		facets.forEach((type, values) -> facetFields.put(type.name(), values));
		doc.put(ArticleMapping.FACET, facetFields);
		doc.put(ArticleMapping.ENTITY_REFS, refs);
		doc.put(ArticleMapping.ENTITY_FORMS, forms);
	}

}
