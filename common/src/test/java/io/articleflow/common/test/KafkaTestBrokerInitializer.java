package io.articleflow.common.test;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points a Spring application (Boot's Kafka properties and the binder) at the {@link KafkaTestBroker}. */
public class KafkaTestBrokerInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		String servers = KafkaTestBroker.bootstrapServers();
		TestPropertyValues.of("spring.kafka.bootstrap-servers=" + servers,
				"spring.cloud.stream.kafka.binder.brokers=" + servers)
			.applyTo(context);
	}

}
