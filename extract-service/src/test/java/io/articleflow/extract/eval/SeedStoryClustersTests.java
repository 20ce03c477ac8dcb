package io.articleflow.extract.eval;

import java.util.LinkedHashMap;
import java.util.Map;

import io.articleflow.extract.analysis.AnalysisProperties;
import io.articleflow.extract.analysis.ArticleAnalyzer;
import io.articleflow.extract.analysis.DefaultArticleAnalyzer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SeedStoryClustersTests {

	@Test
	void putsOnlyTheTwoTranslationsOfOneArticleInOneCluster() {
		// Given a fresh registry and the seeds, in reverse order so the result does not hang on order
		ArticleAnalyzer analyzer = DefaultArticleAnalyzer.create(AnalysisProperties.defaults());
		Map<String, String> clusters = new LinkedHashMap<>();
		SeedCorpus.load().entrySet().stream()
			.sorted(Map.Entry.<String, String>comparingByKey().reversed())
			.forEach(seed -> clusters.put(seed.getKey().substring(0, 3),
					analyzer.analyze(seed.getKey(), seed.getValue(), Map.of()).clusterId()));

		// Then 000 and 001 (two translations of one Communist Review article) share a cluster, no other pair does
		assertThat(clusters.get("000")).isEqualTo(clusters.get("001"));
		assertThat(clusters).hasSize(5);
		assertThat(clusters.values().stream().distinct().count()).isEqualTo(4);
	}

}
