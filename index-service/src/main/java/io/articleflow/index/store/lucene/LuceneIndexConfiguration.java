package io.articleflow.index.store.lucene;

import java.io.IOException;

import tools.jackson.databind.json.JsonMapper;

import io.articleflow.index.store.IndexBackendProperties;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Opens the Lucene article index at {@code index.lucene.path} and closes it (committing) on shutdown: the backend
 * unless {@code articleflow.index.backend} says otherwise.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "articleflow.index.backend", havingValue = "lucene", matchIfMissing = true)
@EnableConfigurationProperties({ LuceneIndexProperties.class, IndexBackendProperties.class })
public class LuceneIndexConfiguration {

	@Bean(destroyMethod = "close")
	LuceneArticleIndex articleIndex(LuceneIndexProperties properties, JsonMapper json) throws IOException {
		return LuceneArticleIndex.open(properties.path(), json);
	}

	/** {@code articleIndex} in the health endpoint: down when the writer failed, so the stage stops being ready. */
	@Bean
	HealthIndicator articleIndexHealthIndicator(LuceneArticleIndex index) {
		return () -> {
			Throwable failure = index.failure();
			Health.Builder health = (failure == null) ? Health.up().withDetail("articles", index.count())
					: Health.down(failure);
			return health.withDetail("path", index.path().toString()).build();
		};
	}

}
