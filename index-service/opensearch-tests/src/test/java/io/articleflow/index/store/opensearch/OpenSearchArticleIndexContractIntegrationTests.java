package io.articleflow.index.store.opensearch;

import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.OpenSearchTransport;
import org.springframework.util.unit.DataSize;

import io.articleflow.index.TestArticles;
import io.articleflow.index.store.ArticleIndex;
import io.articleflow.index.store.ArticleIndexContractTests;

/**
 * The index contract on a real OpenSearch node ({@link OpenSearchTestNode}): each test gets its own alias, so its
 * own index, deleted afterwards.
 */
class OpenSearchArticleIndexContractIntegrationTests extends ArticleIndexContractTests {

	private static final AtomicInteger TESTS = new AtomicInteger();

	private OpenSearchTransport transport;

	private OpenSearchHttp http;

	private String alias;

	@Override
	protected ArticleIndex newIndex() {
		this.alias = "contract-" + TESTS.incrementAndGet() + "-" + ProcessHandle.current().pid();
		OpenSearchIndexProperties properties = properties(this.alias, DataSize.ofMegabytes(5));
		this.transport = OpenSearchIndexConfiguration.transport(properties);
		OpenSearchClient client = new OpenSearchClient(this.transport);
		this.http = new OpenSearchHttp(client, TestArticles.JSON, properties.retry());
		return OpenSearchIndexConfiguration.open(client, properties, TestArticles.JSON);
	}

	@Override
	protected void closeIndex(ArticleIndex index) throws Exception {
		this.http.send("DELETE", "/" + this.alias + "-v*", null);
		this.http.send("DELETE", "/_index_template/" + this.alias + "-template", null);
		this.transport.close();
	}

	static OpenSearchIndexProperties properties(String alias, DataSize bulkMaxBytes) {
		return new OpenSearchIndexProperties(List.of(URI.create(OpenSearchTestNode.uri())), alias, 1, 0, bulkMaxBytes,
				new OpenSearchIndexProperties.Retry(3, java.time.Duration.ofMillis(50), java.time.Duration.ofSeconds(1)));
	}

}
