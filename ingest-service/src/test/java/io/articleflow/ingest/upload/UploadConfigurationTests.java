package io.articleflow.ingest.upload;

import jakarta.servlet.MultipartConfigElement;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.articleflow.ingest.intake.FileIngestor;
import io.articleflow.ingest.intake.InFlightKeys;
import io.articleflow.ingest.intake.IngestOutcomes;
import io.articleflow.ingest.intake.IngestProgress;
import io.articleflow.ingest.intake.LimitsProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

class UploadConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(Collaborators.class, UploadConfiguration.class);

	@Test
	void letsTheServletContainerTakeUploadsUpToTheMaximumFileSize() {
		this.runner.run(context -> {
			MultipartConfigElement multipart = context.getBean(MultipartConfigElement.class);
			assertThat(multipart.getMaxFileSize()).isEqualTo(32L * 1024 * 1024);
			assertThat(multipart.getMaxRequestSize()).isEqualTo(33L * 1024 * 1024);
			assertThat(multipart.getFileSizeThreshold()).isEqualTo(1024 * 1024);
		});
	}

	@Test
	void followsAConfiguredMaximumFileSize() {
		this.runner.withPropertyValues("ingest.limits.max-file-size=100KB").run(context -> {
			MultipartConfigElement multipart = context.getBean(MultipartConfigElement.class);
			assertThat(multipart.getMaxFileSize()).isEqualTo(100L * 1024);
			assertThat(multipart.getFileSizeThreshold()).isEqualTo(100 * 1024);
		});
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(LimitsProperties.class)
	static class Collaborators {

		@Bean
		FileIngestor fileIngestor() {
			return mock(FileIngestor.class);
		}

		@Bean
		InFlightKeys inFlightKeys() {
			return new InFlightKeys();
		}

		@Bean
		IngestProgress ingestProgress() {
			return new IngestProgress(new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
		}

		@Bean
		IngestOutcomes ingestOutcomes() {
			return outcome -> {
			};
		}

	}

}
