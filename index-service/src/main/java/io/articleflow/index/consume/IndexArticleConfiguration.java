package io.articleflow.index.consume;

import java.util.List;
import java.util.function.Consumer;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.articleflow.index.store.ArticleIndex;

/**
 * The {@code indexArticle} step: binding {@code indexArticle-in-0} delivers the raw values of
 * {@code article-enriched} records in batches (see {@code application.yml}).
 */
@Configuration(proxyBeanMethods = false)
public class IndexArticleConfiguration {

	@Bean
	Consumer<List<byte[]>> indexArticle(ArticleIndex index, JsonMapper json) {
		return new EnrichedArticleIndexer(index, json)::index;
	}

}
