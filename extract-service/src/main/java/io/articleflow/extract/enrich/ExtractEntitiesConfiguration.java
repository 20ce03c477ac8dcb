package io.articleflow.extract.enrich;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

import io.articleflow.common.autoconfigure.PipelineProducerConfig;
import io.articleflow.common.limits.ArticleLimits;
import io.articleflow.common.messaging.EventCodec;
import io.articleflow.common.status.ArticleStatusPublisher;
import io.articleflow.common.tracing.DocumentTracing;
import io.articleflow.extract.analysis.ArticleAnalyzer;

/**
 * The {@code extractEntities} step: binding {@code extractEntities-in-0} delivers the raw values of
 * {@code article-ingested} records in batches (see {@code application.yml}); each is enriched and published to the
 * destination of the declared output binding {@code extractEntities-out-0} ({@code article-enriched}, provisioned by
 * the binder like every topic), keyed by document id with CloudEvents headers. The events of a batch are sent
 * together and the batch ends when all are acknowledged: one wait per batch instead of one per article. Records are
 * decoded here, so one that is not an event fails with a non-retryable
 * {@link io.articleflow.common.messaging.InvalidEventException} and goes straight to the dead-letter topic, as does
 * one over the pipeline's {@link ArticleLimits} (before it is read or analysed).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PublishProperties.class)
public class ExtractEntitiesConfiguration {

	/** The output binding, declared in {@code spring.cloud.stream.output-bindings}. */
	static final String OUTPUT_BINDING = "extractEntities-out-0";

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	ArticleEnricher articleEnricher(ArticleAnalyzer analyzer, Clock clock, ArticleLimits limits) {
		return new ArticleEnricher(analyzer, clock, limits);
	}

	@Bean
	ExtractMetrics extractMetrics(MeterRegistry meters) {
		return new ExtractMetrics(meters);
	}

	/** The producer of enriched articles, configured as the binder's producers are (and with Boot's client metrics). */
	@Bean
	DefaultKafkaProducerFactory<byte[], byte[]> enrichedArticleProducerFactory(KafkaProperties kafka,
			Environment environment, ObjectProvider<DefaultKafkaProducerFactoryCustomizer> customizers) {
		DefaultKafkaProducerFactory<byte[], byte[]> factory = new DefaultKafkaProducerFactory<>(
				PipelineProducerConfig.of(kafka, environment));
		customizers.orderedStream().forEach(customizer -> customizer.customize(factory));
		return factory;
	}

	@Bean
	KafkaTemplate<byte[], byte[]> enrichedArticleTemplate(DefaultKafkaProducerFactory<byte[], byte[]> producers) {
		KafkaTemplate<byte[], byte[]> template = new KafkaTemplate<>(producers);
		// a span per send: the trace context and baggage travel on in the record headers, as from the binder
		template.setObservationEnabled(true);
		return template;
	}

	@Bean
	EnrichedArticlePublisher enrichedArticlePublisher(KafkaTemplate<byte[], byte[]> enrichedArticleTemplate,
			@Value("${spring.cloud.stream.bindings." + OUTPUT_BINDING + ".destination}") String topic,
			EventCodec codec, PublishProperties properties, ArticleLimits limits) {
		return new EnrichedArticlePublisher(enrichedArticleTemplate, topic, codec, properties.sendTimeout(),
				limits.maxEventBytes());
	}

	@Bean
	ArticleBatchEnricher articleBatchEnricher(ArticleEnricher enricher, EventCodec codec,
			EnrichedArticlePublisher publisher, DocumentTracing tracing, ExtractMetrics metrics, ArticleLimits limits,
			ObjectProvider<ArticleStatusPublisher> statuses) {
		return new ArticleBatchEnricher(enricher, codec, publisher, tracing, metrics, limits.maxEventBytes(),
				statuses.getIfAvailable());
	}

	@Bean
	Consumer<Message<List<byte[]>>> extractEntities(ArticleBatchEnricher batches) {
		return batch -> batches.enrich(batch.getPayload(), recordHeaders(batch));
	}

	/** Each record's headers, which the binder puts in one list header of the batch message. */
	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> recordHeaders(Message<?> batch) {
		Object headers = batch.getHeaders().get(KafkaHeaders.BATCH_CONVERTED_HEADERS);
		return (headers instanceof List<?> list) ? (List<Map<String, Object>>) list : List.of();
	}

}
