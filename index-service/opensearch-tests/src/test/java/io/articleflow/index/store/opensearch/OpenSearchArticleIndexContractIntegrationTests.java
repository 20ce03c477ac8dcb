package io.articleflow.index.store.opensearch;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.OpenSearchTransport;
import org.springframework.util.unit.DataSize;

import io.articleflow.index.TestArticles;
import io.articleflow.index.store.ArticleIndex;
import io.articleflow.index.store.ArticleIndexContractTests;

import static org.assertj.core.api.Assertions.assertThat;

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

	@Test
	void aWriteRefusedByAnIndexBlockIsSentAgainUntilTheBlockIsGone() throws Exception {
		String backing = this.http.send("GET", "/" + this.alias + "/_alias", null).body().propertyNames().iterator()
			.next();
		this.http.send("PUT", "/" + backing + "/_block/write", null);
		// a writer with attempts for some 4 s: the block is lifted well within them
		OpenSearchIndexProperties patient = new OpenSearchIndexProperties(List.of(URI.create(OpenSearchTestNode.uri())),
				this.alias, 1, 0, DataSize.ofMegabytes(5),
				new OpenSearchIndexProperties.Retry(20, Duration.ofMillis(50), Duration.ofMillis(200)));
		ArticleIndex writer = OpenSearchIndexConfiguration.open(new OpenSearchClient(this.transport), patient,
				TestArticles.JSON);
		CompletableFuture<Void> written = CompletableFuture.runAsync(() -> writer
			.upsertAll(List.of(TestArticles.article("blocked").text("written once the block is gone").indexable())));

		Thread.sleep(300);
		assertThat(written).isNotDone();
		this.http.send("PUT", "/" + backing + "/_settings", Map.of("index.blocks.write", false));

		written.get(10, TimeUnit.SECONDS);
		this.index.commit();
		assertThat(this.index.findJson("blocked")).isPresent();
	}

	static OpenSearchIndexProperties properties(String alias, DataSize bulkMaxBytes) {
		return new OpenSearchIndexProperties(List.of(URI.create(OpenSearchTestNode.uri())), alias, 1, 0, bulkMaxBytes,
				new OpenSearchIndexProperties.Retry(3, Duration.ofMillis(50), Duration.ofSeconds(1)));
	}

}
