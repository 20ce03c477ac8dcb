package io.articleflow.extract.enrich;

import java.util.Properties;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

import io.articleflow.common.messaging.Topics;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractBindingsTests {

	@Test
	void bindingsUseTheTopicsAndGroupOfTheContract() {
		YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
		yaml.setResources(new ClassPathResource("application.yml"));
		Properties properties = yaml.getObject();

		String bindings = "spring.cloud.stream.bindings.";
		assertThat(properties.getProperty(bindings + "extractEntities-in-0.destination"))
			.isEqualTo(Topics.ARTICLE_INGESTED);
		assertThat(properties.getProperty(bindings + "extractEntities-in-0.group")).isEqualTo(Topics.EXTRACT_GROUP);
		assertThat(properties.getProperty("spring.application.name")).isEqualTo(Topics.EXTRACT_GROUP);
		assertThat(properties.getProperty(bindings + "extractEntities-out-0.destination"))
			.isEqualTo(Topics.ARTICLE_ENRICHED);
		assertThat(properties.getProperty(
				"spring.cloud.stream.kafka.bindings.extractEntities-in-0.consumer.dlq-name"))
			.isEqualTo(Topics.ARTICLE_INGESTED_EXTRACT_DLQ);
	}

	@Test
	void consumesInBatchesOfRecordBytesAndDeclaresTheOutputItPublishesTo() {
		YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
		yaml.setResources(new ClassPathResource("application.yml"));
		Properties properties = yaml.getObject();

		String consumer = "spring.cloud.stream.bindings.extractEntities-in-0.consumer.";
		assertThat(properties.getProperty(consumer + "batch-mode")).isEqualTo("true");
		assertThat(properties.getProperty(consumer + "use-native-decoding")).isEqualTo("true");
		assertThat(properties.getProperty("spring.cloud.stream.output-bindings"))
			.isEqualTo(ExtractEntitiesConfiguration.OUTPUT_BINDING);
	}

}
