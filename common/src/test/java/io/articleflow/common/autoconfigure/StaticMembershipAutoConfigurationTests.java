package io.articleflow.common.autoconfigure;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.cloud.stream.binder.kafka.support.ConsumerConfigCustomizer;

import static org.assertj.core.api.Assertions.assertThat;

class StaticMembershipAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(StaticMembershipAutoConfiguration.class));

	@Test
	void givesEveryBindingOfANamedInstanceAStableMemberId() {
		this.runner.withPropertyValues("articleflow.kafka.instance-id=extract-service-2").run(context -> {
			Map<String, Object> config = new HashMap<>();
			context.getBean(ConsumerConfigCustomizer.class).configure(config, "extractEntities-in-0", "article-ingested");

			assertThat(config).containsEntry("group.instance.id", "extract-service-2-extractEntities-in-0");
		});
	}

	@Test
	void leavesMembershipDynamicWhenTheInstanceIsNotNamed() {
		this.runner.run(context -> assertThat(context).doesNotHaveBean(ConsumerConfigCustomizer.class));
	}

}
