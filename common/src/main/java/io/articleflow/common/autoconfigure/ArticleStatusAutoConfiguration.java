package io.articleflow.common.autoconfigure;

import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import io.articleflow.common.messaging.EventCodec;
import io.articleflow.common.messaging.Topics;
import io.articleflow.common.status.ArticleStatusPublisher;

/**
 * The compacted {@value Topics#ARTICLE_STATUS} topic (created by Spring Kafka's admin when the context starts, with
 * the pipeline's partition count) and the {@link ArticleStatusPublisher} every stage reports its outcomes with.
 */
@AutoConfiguration(after = EventCodecAutoConfiguration.class)
@ConditionalOnClass(KafkaTemplate.class)
@EnableConfigurationProperties(KafkaProperties.class)
public class ArticleStatusAutoConfiguration {

	/** How long a status send may wait for metadata or buffer space before it is given up (and counted). */
	static final int MAX_BLOCK_MS = 5_000;

	/** How long the producer retries one status record before it is given up (and counted). */
	static final int DELIVERY_TIMEOUT_MS = 30_000;

	@Bean
	NewTopic articleStatusTopic(@Value("${spring.cloud.stream.kafka.binder.min-partition-count:6}") int partitions,
			@Value("${spring.cloud.stream.kafka.binder.replication-factor:1}") int replicas) {
		return TopicBuilder.name(Topics.ARTICLE_STATUS)
			.partitions(partitions)
			.replicas(replicas)
			// one record per document: the latest outcome
			.config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
			.build();
	}

	@Bean
	@ConditionalOnBean(EventCodec.class)
	ArticleStatusPublisher articleStatusPublisher(KafkaProperties kafka, Environment environment, EventCodec codec,
			@Value("${spring.application.name}") String application, ObjectProvider<MeterRegistry> meters) {
		return new ArticleStatusPublisher(
				new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(producerConfig(kafka, environment, application))),
				codec, application, meters.getIfAvailable(SimpleMeterRegistry::new));
	}

	/** The status producer's configuration: the pipeline's, with shorter waits and no compression. */
	static Map<String, Object> producerConfig(KafkaProperties kafka, Environment environment, String application) {
		Map<String, Object> config = PipelineProducerConfig.of(kafka, environment);
		// a status record is small; a stage must never wait long for one
		config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, MAX_BLOCK_MS);
		config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, DELIVERY_TIMEOUT_MS);
		config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(DELIVERY_TIMEOUT_MS - 5_000, 25_000));
		config.put(ProducerConfig.CLIENT_ID_CONFIG, application + "-status");
		// a status record is a few hundred bytes, nearly always alone in its batch: lz4 saved nothing on it, and
		// allocated a 64 KiB block and its compressed copy for every batch (in ingest, a tenth of all it allocated)
		config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "none");
		return config;
	}

}
