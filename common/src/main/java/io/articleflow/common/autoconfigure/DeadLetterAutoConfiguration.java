package io.articleflow.common.autoconfigure;

import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import io.articleflow.common.messaging.EventCodec;
import io.articleflow.common.status.ArticleStatusPublisher;

/** Installs {@link DeadLetterPublishing} in every Kafka consumer binding of a service. */
@AutoConfiguration
@ConditionalOnClass(ListenerContainerWithDlqAndRetryCustomizer.class)
@EnableConfigurationProperties({ DeadLetterProperties.class, KafkaProperties.class })
public class DeadLetterAutoConfiguration {

	@Bean
	ListenerContainerWithDlqAndRetryCustomizer deadLetterPublishing(KafkaProperties kafka,
			DeadLetterProperties properties, @Value("${spring.application.name}") String stage,
			ObjectProvider<MeterRegistry> meters, Environment environment, ObjectProvider<ArticleStatusPublisher> statuses,
			ObjectProvider<EventCodec> codec) {
		// the binder's producer settings, but a dead letter may carry a record over the pipeline's record limit
		Map<String, Object> config = PipelineProducerConfig.of(kafka, environment);
		config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, (int) Math.min(Integer.MAX_VALUE, properties.maxRecordBytes()));
		config.put(ProducerConfig.ACKS_CONFIG, "all");
		config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		KafkaTemplate<byte[], byte[]> template = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
		return new DeadLetterPublishing(template, properties, stage, meters.getIfAvailable(SimpleMeterRegistry::new),
				statuses.getIfAvailable(), codec.getIfAvailable());
	}

}
