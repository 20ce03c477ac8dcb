package io.articleflow.index.store.lucene;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.articleflow.index.TestArticles;
import io.articleflow.index.store.ArticleHit;
import io.articleflow.index.store.ArticleQuery;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaUpgradeTests {

	@TempDir
	Path directory;

	@Test
	void indexOfTheFirstSchemaIsRebuiltFromItsStoredEventsOnOpen() throws IOException {
		TestArticles rice = TestArticles.riceExports();
		try (FSDirectory dir = FSDirectory.open(this.directory);
				IndexWriter old = new IndexWriter(dir, new IndexWriterConfig(new EnglishAnalyzer()))) {
			// What version 1 wrote: no body, cluster, byline or schema version.
			Document doc = new Document();
			doc.add(new StringField(ArticleFields.ID, "c-rice", Store.YES));
			doc.add(new TextField(ArticleFields.TITLE, "Rice exports grow", Store.YES));
			doc.add(new StoredField(ArticleFields.EVENT, rice.json()));
			old.addDocument(doc);
			old.commit();
		}

		try (LuceneArticleIndex index = LuceneArticleIndex.open(this.directory, TestArticles.JSON)) {
			ArticleHit hit = index.search(ArticleQuery.all(10)).hits().get(0);

			assertThat(index.count()).isEqualTo(1);
			assertThat(hit.id()).isEqualTo("c-rice");
			assertThat(hit.clusterId()).isEqualTo("c-c-rice");
			assertThat(hit.snippet()).startsWith("Viet Nam exported more rice");
			assertThat(hit.publication()).isEqualTo("Communist Review");
		}
		try (LuceneArticleIndex reopened = LuceneArticleIndex.open(this.directory, TestArticles.JSON)) {
			assertThat(reopened.count()).isEqualTo(1);
		}
	}

}
