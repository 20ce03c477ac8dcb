package io.articleflow.extract.analysis;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.articleflow.common.event.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.annotation.UserConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class AnalysisConfigurationTests {

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withConfiguration(UserConfigurations.of(AnalysisConfiguration.class));

	@Test
	void providesOneAnalyzerWithTheDefaults() {
		contexts.run(context -> {
			assertThat(context).hasSingleBean(ArticleAnalyzer.class);
			assertThat(context.getBean(AnalysisProperties.class)).isEqualTo(new AnalysisProperties(null, 0.5, true));
			assertThat(context.getBean(ArticleAnalyzer.class).version()).matches("\\d+\\.\\d+\\.\\d+\\+kb\\.\\d{4}\\.\\d+\\.\\d+");
		});
	}

	@Test
	void mergesTheOperatorsKnowledgeBaseFile(@TempDir Path dir) throws Exception {
		// Given an operator file naming a new organisation
		Path file = dir.resolve("operator.tsv");
		Files.writeString(file, "ORGANIZATION\tMekong Riverine Task Group\t\tMRTG\n");

		contexts.withPropertyValues("extract.analysis.knowledge-base-file=" + file).run(context -> {
			ArticleAnalyzer analyzer = context.getBean(ArticleAnalyzer.class);

			// When
			Analysis analysis = analyzer.analyze("doc", "The MRTG patrolled the river.", Map.of());

			// Then
			assertThat(analyzer.version()).contains("+ops.");
			assertThat(analysis.entities()).singleElement().satisfies(e -> {
				assertThat(e.type()).isEqualTo(EntityType.ORGANIZATION);
				assertThat(e.canonicalName()).isEqualTo("Mekong Riverine Task Group");
			});
		});
	}

	@Test
	void refusesToStartWithAStorySimilarityOutOfRange() {
		contexts.withPropertyValues("extract.analysis.story-similarity=1.5")
			.run(context -> assertThat(context).hasFailed());
	}

	@Test
	void refusesToStartWithAMissingKnowledgeBaseFile(@TempDir Path dir) {
		contexts.withPropertyValues("extract.analysis.knowledge-base-file=" + dir.resolve("absent.tsv"))
			.run(context -> assertThat(context).hasFailed());
	}

}
