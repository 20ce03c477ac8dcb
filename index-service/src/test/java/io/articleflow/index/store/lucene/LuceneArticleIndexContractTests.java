package io.articleflow.index.store.lucene;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

import io.articleflow.index.TestArticles;
import io.articleflow.index.store.ArticleIndex;
import io.articleflow.index.store.ArticleIndexContractTests;

/** The index contract on a real Lucene index in a temporary directory. */
class LuceneArticleIndexContractTests extends ArticleIndexContractTests {

	@TempDir
	Path directory;

	@Override
	protected ArticleIndex newIndex() throws Exception {
		return LuceneArticleIndex.open(this.directory.resolve("index"), TestArticles.JSON);
	}

	@Override
	protected void closeIndex(ArticleIndex index) throws Exception {
		((LuceneArticleIndex) index).close();
	}

}
