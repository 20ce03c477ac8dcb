package io.articleflow.ingest.publish;

import java.util.Properties;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

import io.articleflow.common.messaging.Topics;

import static org.assertj.core.api.Assertions.assertThat;

class IngestBindingsTests {

	@Test
	void publisherBindingGoesToTheIngestedTopicAndWaitsForTheBroker() {
		YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
		yaml.setResources(new ClassPathResource("application.yml"));
		Properties properties = yaml.getObject();

		assertThat(properties.getProperty("spring.cloud.stream.bindings." + ArticlePublisher.BINDING + ".destination"))
			.isEqualTo(Topics.ARTICLE_INGESTED);
		assertThat(properties.getProperty(
				"spring.cloud.stream.kafka.bindings." + ArticlePublisher.BINDING + ".producer.sync"))
			.isEqualTo("true");
		assertThat(properties.getProperty(
				"spring.cloud.stream.bindings." + ArticlePublisher.BINDING + ".producer.use-native-encoding"))
			.isEqualTo("true");
	}

}
