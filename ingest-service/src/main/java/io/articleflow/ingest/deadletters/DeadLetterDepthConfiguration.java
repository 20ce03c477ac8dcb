package io.articleflow.ingest.deadletters;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Measures the dead-letter topics every 30 s, for dashboards and the alert on dead letters left waiting. */
@Configuration(proxyBeanMethods = false)
public class DeadLetterDepthConfiguration {

	@Bean(destroyMethod = "close")
	DeadLetterDepth deadLetterDepth(KafkaProperties kafka, MeterRegistry meters) {
		Map<String, Object> consumer = new HashMap<>(kafka.buildConsumerProperties());
		consumer.remove(ConsumerConfig.GROUP_ID_CONFIG);
		consumer.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
		consumer.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		consumer.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
		return new DeadLetterDepth(Admin.create(kafka.buildAdminProperties()),
				() -> new KafkaConsumer<>(consumer, new ByteArrayDeserializer(), new ByteArrayDeserializer()), meters);
	}

	@Bean(destroyMethod = "shutdownNow")
	ScheduledExecutorService deadLetterDepthSchedule(DeadLetterDepth depth) {
		ScheduledExecutorService executor = Executors
			.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("dead-letter-depth").daemon().factory());
		executor.scheduleWithFixedDelay(depth::refresh, 5, 30, TimeUnit.SECONDS);
		return executor;
	}

}
