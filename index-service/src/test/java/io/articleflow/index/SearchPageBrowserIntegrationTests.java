package io.articleflow.index;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.articleflow.index.store.lucene.LuceneArticleIndex;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search page's browser scenarios ({@link SearchPageBrowserContractTests}) on the default backend, an embedded
 * Lucene index in a temporary directory. opensearch-tests runs the same scenarios on a real OpenSearch node.
 */
class SearchPageBrowserIntegrationTests extends SearchPageBrowserContractTests {

	@TempDir
	static Path indexDirectory;

	@DynamicPropertySource
	static void indexInTemporaryDirectory(DynamicPropertyRegistry registry) {
		registry.add("index.lucene.path", () -> indexDirectory.toString());
	}

	@Test
	void thePageIsServedFromTheLuceneIndexInTheTemporaryDirectory() {
		assertThat(this.index).isInstanceOf(LuceneArticleIndex.class);
		assertThat(((LuceneArticleIndex) this.index).path()).isEqualTo(indexDirectory.toAbsolutePath().normalize());
		assertThat(this.index.count()).isGreaterThanOrEqualTo(TestArticles.sample().size());
	}

	@Override
	protected String backend() {
		return "lucene";
	}

}
