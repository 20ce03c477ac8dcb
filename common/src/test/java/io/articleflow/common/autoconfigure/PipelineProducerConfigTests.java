package io.articleflow.common.autoconfigure;

import java.util.List;
import java.util.Map;

import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.mock.env.MockEnvironment;

import io.articleflow.common.limits.ArticleLimits;

import static org.assertj.core.api.Assertions.assertThat;

class PipelineProducerConfigTests {

	@Test
	void takesTheBindersProducerPropertiesAndAcksOverBootsProducerSettings() {
		// Given Boot's producer settings and the binder's
		KafkaProperties kafka = new KafkaProperties();
		kafka.setBootstrapServers(List.of("broker:9092"));
		kafka.getProducer().setCompressionType("gzip");
		MockEnvironment environment = new MockEnvironment()
			.withProperty("spring.cloud.stream.kafka.binder.producer-properties.compression.type", "lz4")
			.withProperty("spring.cloud.stream.kafka.binder.producer-properties.max.request.size", "16777216")
			.withProperty("spring.cloud.stream.kafka.binder.required-acks", "1");

		// When
		Map<String, Object> config = PipelineProducerConfig.of(kafka, environment);

		// Then the binder's win, and the serializers write bytes
		assertThat(config).containsEntry("bootstrap.servers", List.of("broker:9092"))
			.containsEntry("compression.type", "lz4")
			.containsEntry("max.request.size", "16777216")
			.containsEntry("acks", "1")
			.containsEntry("key.serializer", ByteArraySerializer.class)
			.containsEntry("value.serializer", ByteArraySerializer.class);
	}

	@Test
	void theSharedDefaultsMakeEveryProducerIdempotentCompressedBatchedAndAllowLargeRecords() {
		StandardEnvironment environment = new StandardEnvironment();
		new PipelineDefaultsEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());

		Map<String, Object> config = PipelineProducerConfig.of(new KafkaProperties(), environment);

		assertThat(config).containsEntry("acks", "all")
			.containsEntry("enable.idempotence", "true")
			.containsEntry("compression.type", "lz4")
			.containsEntry("max.request.size", ArticleLimits.DEFAULT_MAX_RECORD_BYTES)
			.containsKeys("linger.ms", "batch.size");
	}

}
