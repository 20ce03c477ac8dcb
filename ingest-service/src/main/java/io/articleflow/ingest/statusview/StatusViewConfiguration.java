package io.articleflow.ingest.statusview;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.articleflow.common.messaging.EventCodec;
import io.articleflow.common.messaging.Topics;

/** The status view of every document and the reader that fills it from {@value Topics#ARTICLE_STATUS}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StatusViewProperties.class)
public class StatusViewConfiguration {

	@Bean
	StatusView statusView(StatusViewProperties properties) {
		return new StatusView(properties.capacity(), properties.filesPerDocument());
	}

	@Bean
	StatusTopicReader statusTopicReader(StatusView view, KafkaProperties kafka, EventCodec codec) {
		Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
		// every instance reads every status from the beginning: no group, nothing committed
		config.remove(ConsumerConfig.GROUP_ID_CONFIG);
		config.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
		config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
		// a view refreshed within a quarter of a second: fetches of many statuses instead of a poll per few
		config.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, 64 * 1024);
		config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 250);
		config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
		config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
		return new StatusTopicReader(() -> new KafkaConsumer<>(config), Topics.ARTICLE_STATUS, view, codec);
	}

}
