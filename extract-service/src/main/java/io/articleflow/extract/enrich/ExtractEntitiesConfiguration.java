package io.articleflow.extract.enrich;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import io.articleflow.common.event.ArticleEnriched;
import io.articleflow.common.event.ArticleIngested;
import io.articleflow.common.messaging.ArticleMessages;
import io.articleflow.common.messaging.EventCodec;
import io.articleflow.common.tracing.DocumentTracing;
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

	private static final Logger log = LoggerFactory.getLogger(ExtractEntitiesConfiguration.class);

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	ArticleEnricher articleEnricher(ArticleAnalyzer analyzer, Clock clock) {
		return new ArticleEnricher(analyzer, clock);
	}

	@Bean
	ExtractMetrics extractMetrics(MeterRegistry meters) {
		return new ExtractMetrics(meters);
	}

	@Bean
	Function<byte[], Message<byte[]>> extractEntities(ArticleEnricher enricher, EventCodec codec,
			DocumentTracing tracing, ExtractMetrics metrics) {
		return payload -> {
			try {
				ArticleIngested article = codec.decode(payload, ArticleIngested.class);
				return tracing.withDocument(article.documentId(), () -> {
					long start = System.nanoTime();
					ArticleEnriched enriched = enricher.enrich(article);
					metrics.enriched(enriched, Duration.ofNanos(System.nanoTime() - start));
					log.info("Enriched document {} with {} entities", enriched.documentId(),
							enriched.entities().size());
					return ArticleMessages.of(codec.encode(enriched), enriched.documentId(),
							ArticleEnriched.EVENT_TYPE, ArticleEnriched.SCHEMA, SOURCE, enriched.enrichedAt());
				});
			}
			catch (RuntimeException ex) {
				metrics.failed(ex);
				throw ex;
			}
		};
	}

}
