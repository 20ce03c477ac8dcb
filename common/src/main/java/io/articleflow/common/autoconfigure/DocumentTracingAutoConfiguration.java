package io.articleflow.common.autoconfigure;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

import io.articleflow.common.tracing.DocumentTracing;

/** {@link DocumentTracing} on Boot's tracer and propagator, or a no-op where tracing is switched off. */
@AutoConfiguration(afterName = {
		"org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration",
		"org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration" })
@ConditionalOnClass(Tracer.class)
public class DocumentTracingAutoConfiguration {

	@Bean
	DocumentTracing documentTracing(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
		return new DocumentTracing(tracer.getIfAvailable(() -> Tracer.NOOP),
				propagator.getIfAvailable(() -> Propagator.NOOP));
	}

}
