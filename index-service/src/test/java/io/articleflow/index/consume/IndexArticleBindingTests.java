package io.articleflow.index.consume;

import java.util.Properties;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

import io.articleflow.common.messaging.Topics;

import static org.assertj.core.api.Assertions.assertThat;

/** The binding in application.yml names the topics and group of {@link Topics}, so YAML and code cannot drift. */
class IndexArticleBindingTests {

	private static final String BINDING = "spring.cloud.stream.bindings.indexArticle-in-0.";

	private static final String KAFKA_CONSUMER = "spring.cloud.stream.kafka.bindings.indexArticle-in-0.consumer.";

	private final Properties yaml = load();

	@Test
	void bindingConsumesArticleEnrichedInBatchesAsTheIndexServiceGroup() {
		assertThat(this.yaml.getProperty("spring.cloud.function.definition")).isEqualTo("indexArticle");
		assertThat(this.yaml.getProperty(BINDING + "destination")).isEqualTo(Topics.ARTICLE_ENRICHED);
		assertThat(this.yaml.getProperty(BINDING + "group")).isEqualTo(Topics.INDEX_GROUP);
		assertThat(this.yaml.getProperty("spring.application.name")).isEqualTo(Topics.INDEX_GROUP);
		assertThat(this.yaml.get(BINDING + "consumer.batch-mode")).isEqualTo(true);
	}

	@Test
	void deadLettersGoToTheIndexServiceDeadLetterTopic() {
		assertThat(this.yaml.get(KAFKA_CONSUMER + "enable-dlq")).isEqualTo(true);
		assertThat(this.yaml.getProperty(KAFKA_CONSUMER + "dlq-name")).isEqualTo(Topics.ARTICLE_ENRICHED_INDEX_DLQ);
		assertThat(this.yaml.get(KAFKA_CONSUMER + "configuration.max.poll.records")).isEqualTo(500);
	}

	@Test
	void aPollGathersArticlesForABoundedTimeSoThatOneCommitCoversMany() {
		assertThat(this.yaml.get(KAFKA_CONSUMER + "configuration.fetch.min.bytes")).isEqualTo(1048576);
		assertThat(this.yaml.get(KAFKA_CONSUMER + "configuration.fetch.max.wait.ms")).isEqualTo(60);
	}

	private static Properties load() {
		YamlPropertiesFactoryBean factory = new YamlPropertiesFactoryBean();
		factory.setResources(new ClassPathResource("application.yml"));
		return factory.getObject();
	}

}
