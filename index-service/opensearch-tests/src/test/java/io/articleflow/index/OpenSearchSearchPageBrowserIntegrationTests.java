package io.articleflow.index;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.articleflow.index.store.opensearch.OpenSearchArticleIndex;
import io.articleflow.index.store.opensearch.OpenSearchTestNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search page's browser scenarios ({@link SearchPageBrowserContractTests}) on the OpenSearch backend: the service
 * runs with {@code articleflow.index.backend=opensearch} against the shared {@link OpenSearchTestNode}, behind an
 * alias of its own, so it shares no data with the contract suite; the alias's indices are deleted afterwards.
 */
class OpenSearchSearchPageBrowserIntegrationTests extends SearchPageBrowserContractTests {

	private static final String ALIAS = "browser-" + ProcessHandle.current().pid();

	@DynamicPropertySource
	static void openSearchBackend(DynamicPropertyRegistry registry) {
		registry.add("articleflow.index.backend", () -> "opensearch");
		registry.add("articleflow.index.opensearch.uris", OpenSearchTestNode::uri);
		registry.add("articleflow.index.opensearch.alias", () -> ALIAS);
	}

	@Override
	protected String backend() {
		return "opensearch";
	}

	@Test
	void thePageIsServedFromTheAliasOnTheNode() throws IOException, InterruptedException {
		assertThat(this.index).isInstanceOf(OpenSearchArticleIndex.class);
		assertThat(((OpenSearchArticleIndex) this.index).alias()).isEqualTo(ALIAS);
		try (HttpClient http = HttpClient.newHttpClient()) {
			HttpResponse<String> count = http.send(
					HttpRequest.newBuilder(URI.create(OpenSearchTestNode.uri() + "/" + ALIAS + "/_count")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(TestArticles.JSON.readTree(count.body()).path("count").asLong())
				.isGreaterThanOrEqualTo(TestArticles.sample().size());
		}
	}

	@AfterAll
	static void deleteTheIndex() throws IOException, InterruptedException {
		try (HttpClient http = HttpClient.newHttpClient()) {
			for (String path : new String[] { "/" + ALIAS + "-v*", "/_index_template/" + ALIAS + "-template" }) {
				http.send(HttpRequest.newBuilder(URI.create(OpenSearchTestNode.uri() + path)).DELETE().build(),
						HttpResponse.BodyHandlers.discarding());
			}
		}
	}

}
