package io.articleflow.index.consume;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import tools.jackson.databind.json.JsonMapper;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

import io.articleflow.common.status.ArticleStatusPublisher;
import io.articleflow.common.tracing.DocumentTracing;
import io.articleflow.index.store.ArticleIndex;

/**
 * The {@code indexArticle} step: binding {@code indexArticle-in-0} delivers the raw values of
 * {@code article-enriched} records in batches (see {@code application.yml}).
 */
@Configuration(proxyBeanMethods = false)
public class IndexArticleConfiguration {

	@Bean
	IndexedArticleObserver indexedArticleObserver(DocumentTracing tracing, MeterRegistry meters, ArticleIndex index,
			ObjectProvider<ArticleStatusPublisher> statuses) {
		return new IndexedArticleObserver(tracing, meters, Clock.systemUTC(), index, statuses.getIfAvailable());
	}

	@Bean
	Consumer<Message<List<byte[]>>> indexArticle(ArticleIndex index, JsonMapper json,
			IndexedArticleObserver observer) {
		EnrichedArticleIndexer indexer = new EnrichedArticleIndexer(index, json, observer);
		return batch -> indexer.index(batch.getPayload(), recordHeaders(batch));
	}

	/** Each record's headers, which the binder puts in one list header of the batch message. */
	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> recordHeaders(Message<?> batch) {
		Object headers = batch.getHeaders().get(KafkaHeaders.BATCH_CONVERTED_HEADERS);
		return (headers instanceof List<?> list) ? (List<Map<String, Object>>) list : List.of();
	}

}
