package io.articleflow.extract.enrich;

import java.time.Clock;
import java.util.function.Function;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import io.articleflow.common.event.ArticleEnriched;
import io.articleflow.common.event.ArticleIngested;
import io.articleflow.common.messaging.ArticleMessages;
import io.articleflow.common.messaging.EventCodec;
import io.articleflow.extract.analysis.ArticleAnalyzer;

/**
 * The {@code extractEntities} function: raw article JSON in ({@code extractEntities-in-0}, topic
 * {@code article-ingested}), enriched article out ({@code extractEntities-out-0}, topic {@code article-enriched}),
 * keyed by document id with CloudEvents headers. It decodes the payload itself so a record that is not an event
 * fails with a non-retryable {@link io.articleflow.common.messaging.InvalidEventException} and goes straight to
 * the dead-letter topic.
 */
@Configuration(proxyBeanMethods = false)
public class ExtractEntitiesConfiguration {

	static final String SOURCE = "extract-service";

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	ArticleEnricher articleEnricher(ArticleAnalyzer analyzer, Clock clock) {
		return new ArticleEnricher(analyzer, clock);
	}

	@Bean
	Function<byte[], Message<byte[]>> extractEntities(ArticleEnricher enricher, EventCodec codec) {
		return payload -> {
			ArticleEnriched enriched = enricher.enrich(codec.decode(payload, ArticleIngested.class));
			return ArticleMessages.of(codec.encode(enriched), enriched.documentId(), ArticleEnriched.EVENT_TYPE,
					ArticleEnriched.SCHEMA, SOURCE, enriched.enrichedAt());
		};
	}

}
