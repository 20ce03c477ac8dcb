package io.articleflow.common.autoconfigure;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.core.env.Environment;

/**
 * The configuration of a producer made outside the binder (dead letters, extract-service's batch publisher) that
 * must send exactly as the binder's producers do: Boot's {@code spring.kafka.producer.*}, overridden by the binder's
 * {@code spring.cloud.stream.kafka.binder.producer-properties} and {@code required-acks} (set once, in
 * {@code articleflow-defaults.yml}: idempotence, compression, batching, the 16 MiB record limit), with byte-array
 * key and value serializers.
 */
public final class PipelineProducerConfig {

	static final String BINDER = "spring.cloud.stream.kafka.binder";

	private PipelineProducerConfig() {
	}

	/** The producer configuration; a new, modifiable map. */
	public static Map<String, Object> of(KafkaProperties kafka, Environment environment) {
		Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
		Binder binder = Binder.get(environment);
		binder.bind(BINDER + ".producer-properties", Bindable.mapOf(String.class, String.class))
			.ifBound(config::putAll);
		config.put(ProducerConfig.ACKS_CONFIG, binder.bind(BINDER + ".required-acks", String.class).orElse("all"));
		config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
		config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
		return config;
	}

}
