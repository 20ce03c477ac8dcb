package io.articleflow.ingest.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

import io.articleflow.common.limits.ArticleLimits;
import io.articleflow.common.messaging.EventCodec;
import io.articleflow.ingest.bucket.BucketConfiguration;
import io.articleflow.ingest.bucket.BucketProperties;
import io.articleflow.ingest.bucket.DirectoryBucket;
import io.articleflow.ingest.bucket.S3Bucket;
import io.articleflow.ingest.bucket.S3BucketConfiguration;
import io.articleflow.ingest.bucket.S3Properties;
import io.articleflow.ingest.publish.ArticlePublisher;
import io.articleflow.ingest.text.ParseProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

class IngestConfigurationTests {

	@TempDir
	Path bucket;

	private ApplicationContextRunner runner() {
		return new ApplicationContextRunner()
			.withUserConfiguration(Collaborators.class, BucketConfiguration.class, S3BucketConfiguration.class,
					IngestConfiguration.class)
			.withPropertyValues("ingest.bucket.path=" + this.bucket);
	}

	/** Adds common's articleflow-defaults.yml, as the service's environment post-processor does. */
	private ApplicationContextRunner withPipelineDefaults(ApplicationContextRunner runner) {
		return runner.withInitializer(context -> {
			try {
				new YamlPropertySourceLoader()
					.load("articleflow-defaults", new ClassPathResource("articleflow-defaults.yml"))
					.forEach(source -> context.getEnvironment().getPropertySources().addLast(source));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	@Test
	void startsWithTheDefaultLimitsUnderThePipelinesSharedRecordLimit() {
		withPipelineDefaults(runner()).run(context -> {
			assertThat(context).hasNotFailed().hasSingleBean(ArticlePublisher.class).hasSingleBean(DirectoryBucket.class);
			assertThat(context.getBean(LimitsProperties.class).maxFileSize().toMegabytes()).isEqualTo(32);
			ArticleLimits limits = context.getBean(ArticleLimits.class);
			assertThat(limits.maxCharacters()).isEqualTo(1_000_000);
			assertThat(limits.maxRecordBytes()).isEqualTo(8 * 1024 * 1024);
			assertThat(limits.worstCaseEventBytes()).isLessThan(limits.maxEventBytes());
		});
	}

	@Test
	void refusesToStartWhenTheLongestTextCouldNotFitAKafkaRecord() {
		withPipelineDefaults(runner()).withPropertyValues("articleflow.limits.max-characters=3000000")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("articleflow.limits.max-characters=3000000 allows events of up to 9065536 bytes")
				.hasMessageContaining("articleflow.limits.max-record-bytes=8388608 less 16384 for the key and "
						+ "headers: lower it to at most 2768896"));
	}

	@Test
	void refusesToStartOnKafkasDefaultRecordLimitWhenThePipelineDefaultsAreMissing() {
		runner().run(context -> assertThat(context).hasFailed()
			.getFailure()
			.rootCause()
			.hasMessageContaining("max.request.size=1048576"));
	}

	@Test
	void takesTheRecordLimitOfTheIngestBindingBeforeTheBindersOne() {
		withPipelineDefaults(runner())
			.withPropertyValues("spring.cloud.stream.kafka.bindings.articleIngested-out-0.producer.configuration"
					+ ".max.request.size=2097152", "articleflow.limits.max-characters=700000")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("max.request.size=2097152"));
	}

	@Test
	void usesAnS3BucketWhenTheTypeIsS3() {
		withPipelineDefaults(runner())
			.withPropertyValues("ingest.bucket.type=s3", "ingest.s3.bucket=articles", "ingest.s3.prefix=incoming",
					"ingest.s3.region=ap-southeast-1", "ingest.s3.endpoint=http://127.0.0.1:9000",
					"ingest.s3.path-style-access=true")
			.run(context -> {
				assertThat(context).hasNotFailed().hasSingleBean(S3Bucket.class).doesNotHaveBean(DirectoryBucket.class);
				assertThat(context.getBean(S3Bucket.class).describe()).isEqualTo("s3://articles/incoming/");
			});
	}

	@Test
	void refusesAnS3BucketWithoutABucketName() {
		withPipelineDefaults(runner()).withPropertyValues("ingest.bucket.type=s3", "ingest.s3.region=ap-southeast-1")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessage("ingest.s3.bucket must name the S3 bucket when ingest.bucket.type=s3"));
	}

	@Test
	void validatesTheParseProperties() {
		withPipelineDefaults(runner()).withPropertyValues("ingest.parse.workers=0")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.hasStackTraceContaining("workers must be at least 1"));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties({ BucketProperties.class, S3Properties.class, LimitsProperties.class,
			ParseProperties.class, ArticleLimits.class })
	static class Collaborators {

		@Bean
		StreamBridge streamBridge() {
			return mock(StreamBridge.class);
		}

		@Bean
		JsonMapper jsonMapper() {
			return JsonMapper.builder().build();
		}

		@Bean
		EventCodec eventCodec(JsonMapper json) {
			return new EventCodec(json);
		}

		@Bean
		MeterRegistry meterRegistry() {
			return new SimpleMeterRegistry();
		}

		@Bean
		static org.springframework.validation.beanvalidation.LocalValidatorFactoryBean configurationPropertiesValidator() {
			return new org.springframework.validation.beanvalidation.LocalValidatorFactoryBean();
		}

	}

}
