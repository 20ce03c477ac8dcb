package io.articleflow.extract.analysis;

import io.articleflow.common.limits.ArticleLimits;
import io.articleflow.extract.cluster.InMemoryStoryClusterRegistry;
import io.articleflow.extract.cluster.StoryClusterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@link ArticleAnalyzer} bean. Its models and knowledge base load once, when the context starts. The story
 * registry is the context's {@link StoryClusterRegistry} bean (see
 * {@link io.articleflow.extract.cluster.kafka.StoryClusterStoreConfiguration}), or one in memory without it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AnalysisProperties.class)
public class AnalysisConfiguration {

	@Bean
	ArticleAnalyzer articleAnalyzer(AnalysisProperties properties, ObjectProvider<StoryClusterRegistry> registry,
			ObjectProvider<ArticleLimits> limits) {
		return DefaultArticleAnalyzer.create(properties, registry.getIfAvailable(InMemoryStoryClusterRegistry::new),
				limits.getIfAvailable(ArticleLimits::defaults));
	}

	@Bean
	ExtractorInfoContributor extractorInfoContributor(ArticleAnalyzer articleAnalyzer) {
		return new ExtractorInfoContributor(articleAnalyzer);
	}

}
