package io.articleflow.index.store.lucene;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;

import io.articleflow.index.TestArticles;
import io.articleflow.index.store.ArticleIndex;

import static org.assertj.core.api.Assertions.assertThat;

class LuceneIndexConfigurationTests {

	@TempDir
	Path directory;

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ConfigurationPropertiesAutoConfiguration.class,
				ValidationAutoConfiguration.class))
		.withUserConfiguration(LuceneIndexConfiguration.class)
		.withBean(JsonMapper.class, () -> TestArticles.JSON);

	@Test
	void pathDefaultsToDataIndexUnderTheWorkingDirectory() {
		new ApplicationContextRunner().withUserConfiguration(PropertiesOnly.class)
			.run(context -> assertThat(context.getBean(LuceneIndexProperties.class).path())
				.isEqualTo(Path.of("data/index")));
	}

	@Test
	void opensTheIndexInTheConfiguredDirectoryCreatingItAndReportsItsHealth() {
		Path path = this.directory.resolve("nested/index");

		this.runner.withPropertyValues("index.lucene.path=" + path).run(context -> {
			assertThat(context).hasSingleBean(ArticleIndex.class);
			assertThat(path).isDirectory();
			assertThat(Files.exists(path.resolve("write.lock"))).isTrue();
			var health = context.getBean("articleIndexHealthIndicator", HealthIndicator.class).health();
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("articles", 0L).containsEntry("path", path.toString());
		});
	}

	@Test
	void closingTheContextReleasesTheIndexForTheNextStart() {
		Path path = this.directory.resolve("index");

		this.runner.withPropertyValues("index.lucene.path=" + path).run(context -> assertThat(context).hasNotFailed());

		this.runner.withPropertyValues("index.lucene.path=" + path).run(context -> assertThat(context).hasNotFailed());
	}

	/** Binds the properties without opening an index in the working directory. */
	@EnableConfigurationProperties(LuceneIndexProperties.class)
	static class PropertiesOnly {

	}

}
