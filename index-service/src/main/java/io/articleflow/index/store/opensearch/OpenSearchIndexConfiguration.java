package io.articleflow.index.store.opensearch;

import java.net.URI;
import java.time.Clock;

import org.apache.hc.core5.http.HttpHost;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.articleflow.index.store.IndexBackendProperties;

/**
 * The OpenSearch backend ({@code articleflow.index.backend=opensearch}): a client of the cluster at
 * {@code articleflow.index.opensearch.uris}, and the article index behind its alias, opened (template, index, alias)
 * on start-up.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "articleflow.index.backend", havingValue = "opensearch")
@EnableConfigurationProperties({ OpenSearchIndexProperties.class, IndexBackendProperties.class })
public class OpenSearchIndexConfiguration {

	@Bean(destroyMethod = "close")
	OpenSearchTransport openSearchTransport(OpenSearchIndexProperties properties) {
		return transport(properties);
	}

	@Bean
	OpenSearchArticleIndex articleIndex(OpenSearchTransport transport, OpenSearchIndexProperties properties,
			JsonMapper json) {
		return open(new OpenSearchClient(transport), properties, json);
	}

	/** {@code articleIndex} in the health endpoint: down when the cluster is red or does not answer. */
	@Bean
	HealthIndicator articleIndexHealthIndicator(OpenSearchArticleIndex index) {
		return () -> {
			try {
				String status = index.health();
				Health.Builder health = "red".equals(status) ? Health.down() : Health.up();
				return health.withDetail("cluster", status).withDetail("alias", index.alias()).build();
			}
			catch (RuntimeException ex) {
				return Health.down(ex).withDetail("alias", index.alias()).build();
			}
		};
	}

	/** A transport to the cluster's nodes; the caller closes it. */
	public static OpenSearchTransport transport(OpenSearchIndexProperties properties) {
		HttpHost[] hosts = properties.uris().stream().map(OpenSearchIndexConfiguration::host).toArray(HttpHost[]::new);
		return ApacheHttpClient5TransportBuilder.builder(hosts).setMapper(new JacksonJsonpMapper()).build();
	}

	/** The index behind the alias, opened: template put, index created when missing, rebuilt when outdated. */
	public static OpenSearchArticleIndex open(OpenSearchClient client, OpenSearchIndexProperties properties,
			JsonMapper json) {
		OpenSearchArticleIndex index = new OpenSearchArticleIndex(new OpenSearchHttp(client, json, properties.retry()),
				json, properties, Clock.systemUTC());
		index.open();
		return index;
	}

	private static HttpHost host(URI uri) {
		int port = (uri.getPort() > 0) ? uri.getPort() : 9200;
		return new HttpHost((uri.getScheme() != null) ? uri.getScheme() : "http", uri.getHost(), port);
	}

}
