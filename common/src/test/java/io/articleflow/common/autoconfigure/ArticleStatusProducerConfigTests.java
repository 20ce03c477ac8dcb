package io.articleflow.common.autoconfigure;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleStatusProducerConfigTests {

	@Test
	void theStatusProducerSendsAsThePipelineDoesButUncompressedAndWithShortWaits() {
		StandardEnvironment environment = new StandardEnvironment();
		new PipelineDefaultsEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());

		Map<String, Object> config = ArticleStatusAutoConfiguration.producerConfig(new KafkaProperties(), environment,
				"ingest-service");

		assertThat(config).containsEntry("acks", "all")
			.containsEntry("enable.idempotence", "true")
			.containsEntry("compression.type", "none")
			.containsEntry("client.id", "ingest-service-status")
			.containsEntry("max.block.ms", ArticleStatusAutoConfiguration.MAX_BLOCK_MS)
			.containsEntry("delivery.timeout.ms", ArticleStatusAutoConfiguration.DELIVERY_TIMEOUT_MS);
		assertThat((int) config.get("request.timeout.ms")).isLessThan(ArticleStatusAutoConfiguration.DELIVERY_TIMEOUT_MS);
	}

}
