package io.articleflow.common.autoconfigure;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds {@code articleflow-defaults.yml} (Kafka client settings every service must agree on: broker address, acks,
 * idempotence, compression, message size, dead letters, exposed endpoints) as the lowest-precedence property
 * source, so each service's {@code application.yml} holds only its own bindings and any of it can be overridden.
 */
public class PipelineDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor {

	static final String RESOURCE = "articleflow-defaults.yml";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		try {
			for (PropertySource<?> source : new YamlPropertySourceLoader().load(RESOURCE,
					new ClassPathResource(RESOURCE))) {
				environment.getPropertySources().addLast(source);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + RESOURCE, ex);
		}
	}

}
