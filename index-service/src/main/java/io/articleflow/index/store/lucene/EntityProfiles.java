package io.articleflow.index.store.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import tools.jackson.databind.json.JsonMapper;

import io.articleflow.common.event.ArticleEnriched;
import io.articleflow.common.event.Entity;
import io.articleflow.common.event.EntityType;
import io.articleflow.common.event.Mention;
import io.articleflow.index.store.ArticleSummary;
import io.articleflow.index.store.EntityProfile;
import io.articleflow.index.store.EntityRef;
import io.articleflow.index.store.FacetValue;

/** Entity pages (what the articles say of one entity) and "more like this" by shared entities. */
final class EntityProfiles {

	/** The most of an article's entities (most salient first) that "more like this" looks for in others. */
	static final int MAX_SHARED_ENTITIES = 32;

	private final JsonMapper json;

	private final EntityFacets facets;

	EntityProfiles(JsonMapper json, EntityFacets facets) {
		this.json = json;
		this.facets = facets;
	}

	Optional<EntityProfile> profile(IndexSearcher searcher, String entityId, int facetSize) throws IOException {
		Query mentions = new TermQuery(new Term(ArticleFields.ENTITY, ArticleDocuments.key(entityId)));
		int articles = searcher.count(mentions);
		if (articles == 0) {
			return Optional.empty();
		}
		TopDocs newest = searcher.search(mentions, EntityProfile.MAX_TIMELINE, LuceneArticleIndex.NEWEST_FIRST);
		StoredFields stored = searcher.storedFields();
		List<ArticleSummary> timeline = new ArrayList<>(newest.scoreDocs.length);
		Set<String> aliases = new LinkedHashSet<>();
		Set<String> acronyms = new LinkedHashSet<>();
		Entity found = null;
		for (ScoreDoc hit : newest.scoreDocs) {
			timeline.add(ArticleSummaries.read(stored, hit.doc));
			Document doc = stored.document(hit.doc, Set.of(ArticleFields.EVENT));
			ArticleEnriched article = this.json.readValue(doc.get(ArticleFields.EVENT), ArticleEnriched.class);
			for (Entity entity : article.entities()) {
				if (!matches(entity, entityId)) {
					continue;
				}
				found = (found == null) ? entity : found;
				if (entity.acronym() != null) {
					acronyms.add(entity.acronym());
				}
				for (Mention mention : entity.mentions()) {
					if (aliases.size() < EntityProfile.MAX_ALIASES && !mention.text().equals(found.canonicalName())) {
						aliases.add(mention.text());
					}
				}
			}
		}
		if (found == null) {
			return Optional.empty();
		}
		Collections.reverse(timeline);
		FacetsCollector together = searcher.search(mentions, new FacetsCollectorManager());
		Map<EntityType, List<FacetValue>> cooccurring = new EnumMap<>(EntityType.class);
		String ownId = found.id();
		this.facets.count(searcher.getIndexReader(), together, facetSize + 1)
			.forEach((type, values) -> cooccurring.put(type,
					values.stream().filter(value -> !value.id().equals(ownId)).limit(facetSize).toList()));
		return Optional.of(new EntityProfile(found.id(), found.type(), found.canonicalName(), List.copyOf(aliases),
				List.copyOf(acronyms), articles, timeline, cooccurring));
	}

	List<ArticleSummary> similar(IndexSearcher searcher, String documentId, int limit) throws IOException {
		TopDocs self = searcher.search(new TermQuery(new Term(ArticleFields.ID, documentId)), 1);
		if (self.scoreDocs.length == 0) {
			return List.of();
		}
		StoredFields stored = searcher.storedFields();
		Document doc = stored.document(self.scoreDocs[0].doc, Set.of(ArticleFields.ENTITY_REFS, ArticleFields.CLUSTER));
		EntityRef[] entities = this.json.readValue(doc.get(ArticleFields.ENTITY_REFS), EntityRef[].class);
		if (entities.length == 0) {
			return List.of();
		}
		BooleanQuery.Builder like = new BooleanQuery.Builder();
		for (int i = 0; i < Math.min(entities.length, MAX_SHARED_ENTITIES); i++) {
			like.add(new TermQuery(new Term(ArticleFields.ENTITY, ArticleDocuments.key(entities[i].id()))), Occur.SHOULD);
		}
		like.add(new TermQuery(new Term(ArticleFields.ID, documentId)), Occur.MUST_NOT);
		if (doc.get(ArticleFields.CLUSTER) != null) {
			like.add(new TermQuery(new Term(ArticleFields.CLUSTER, doc.get(ArticleFields.CLUSTER))), Occur.MUST_NOT);
		}
		like.setMinimumNumberShouldMatch(1);
		TopDocs top = searcher.search(like.build(), limit);
		List<ArticleSummary> similar = new ArrayList<>(top.scoreDocs.length);
		for (ScoreDoc hit : top.scoreDocs) {
			similar.add(ArticleSummaries.read(stored, hit.doc));
		}
		return similar;
	}

	private static boolean matches(Entity entity, String idOrName) {
		String key = ArticleDocuments.key(idOrName);
		return ArticleDocuments.key(entity.id()).equals(key) || ArticleDocuments.key(entity.canonicalName()).equals(key);
	}

}
