package io.articleflow.common.autoconfigure;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.micrometer.metrics.autoconfigure.MeterRegistryCustomizer;
import org.springframework.context.annotation.Bean;

/** Tags every meter with {@code application=<spring.application.name>}, once for all services. */
@AutoConfiguration
@ConditionalOnClass(MeterRegistryCustomizer.class)
public class ApplicationTagAutoConfiguration {

	@Bean
	MeterRegistryCustomizer<MeterRegistry> applicationTag(@Value("${spring.application.name}") String application) {
		return registry -> registry.config().commonTags("application", application);
	}

}
