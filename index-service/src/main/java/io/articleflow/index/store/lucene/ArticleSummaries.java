package io.articleflow.index.store.lucene;

import java.io.IOException;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;

import io.articleflow.index.store.ArticleSummary;

/** Reads the {@link ArticleSummary} of a document from its stored fields. */
final class ArticleSummaries {

	private static final Set<String> FIELDS = Set.of(ArticleFields.ID, ArticleFields.TITLE, ArticleFields.PUBLISHED,
			ArticleFields.PUBLICATION);

	private ArticleSummaries() {
	}

	static ArticleSummary read(StoredFields stored, int doc) throws IOException {
		Document fields = stored.document(doc, FIELDS);
		return new ArticleSummary(fields.get(ArticleFields.ID), fields.get(ArticleFields.TITLE),
				fields.get(ArticleFields.PUBLISHED), fields.get(ArticleFields.PUBLICATION));
	}

}
