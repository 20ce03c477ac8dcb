package io.articleflow.extract.cluster.kafka;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;

import io.articleflow.common.messaging.EventCodec;
import io.articleflow.common.messaging.Topics;
import io.articleflow.extract.cluster.InMemoryStoryClusterRegistry;
import io.articleflow.extract.cluster.StoryClusterRegistry;

/**
 * The {@link StoryClusterRegistry} of extract-service, chosen by {@code extract.clusters.store}: shared through the
 * compacted {@value Topics#STORY_CLUSTERS} topic (the default), or in this instance's memory.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StoryClusterStoreProperties.class)
public class StoryClusterStoreConfiguration {

	static final String STORE = "extract.clusters.store";

	/** Stories in this instance's memory only. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = STORE, havingValue = "memory")
	static class InMemory {

		@Bean
		StoryClusterRegistry storyClusterRegistry(StoryClusterStoreProperties properties) {
			return new InMemoryStoryClusterRegistry(properties.capacity());
		}

	}

	/** Stories shared by every instance through a compacted topic. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = STORE, havingValue = "kafka", matchIfMissing = true)
	static class Shared {

		/** Created by Spring Kafka's admin when the context starts, before the reader reads it. */
		@Bean
		NewTopic storyClustersTopic(StoryClusterStoreProperties properties,
				@Value("${spring.cloud.stream.kafka.binder.replication-factor:1}") int replicas) {
			return TopicBuilder.name(Topics.STORY_CLUSTERS)
				.partitions(1)
				.replicas(replicas)
				// compacted (one record per document) and, beyond the retention, forgotten
				.config(TopicConfig.CLEANUP_POLICY_CONFIG,
						TopicConfig.CLEANUP_POLICY_COMPACT + "," + TopicConfig.CLEANUP_POLICY_DELETE)
				.config(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(properties.retention().toMillis()))
				.build();
		}

		@Bean
		InMemoryStoryClusterRegistry storiesInMemory(StoryClusterStoreProperties properties) {
			return new InMemoryStoryClusterRegistry(properties.capacity());
		}

		/** The registry the analyzer uses (the in-memory one is only its local view). */
		@Bean
		@Primary
		StoryClusterRegistry storyClusterRegistry(InMemoryStoryClusterRegistry storiesInMemory,
				ProducerFactory<byte[], byte[]> producers, EventCodec codec) {
			return new KafkaStoryClusterRegistry(storiesInMemory, new KafkaTemplate<>(producers),
					Topics.STORY_CLUSTERS, codec);
		}

		@Bean
		StoryRegistrationReader storyRegistrationReader(InMemoryStoryClusterRegistry storiesInMemory,
				KafkaProperties kafka, EventCodec codec, StoryClusterStoreProperties properties) {
			Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
			// every instance reads every registration: no group, nothing committed
			config.remove(ConsumerConfig.GROUP_ID_CONFIG);
			config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
			config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
			config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
			// the other instances' registrations within a tenth of a second: fetches of many instead of a fetch per
			// registration (one per article) when articles trickle in
			config.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, 64 * 1024);
			config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 100);
			config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
			config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
			return new StoryRegistrationReader(() -> new KafkaConsumer<>(config), Topics.STORY_CLUSTERS,
					storiesInMemory, codec, properties.catchUpTimeout());
		}

	}

}
