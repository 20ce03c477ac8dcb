package io.articleflow.extract.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.articleflow.extract.analysis.AnalysisProperties;
import io.articleflow.extract.analysis.ArticleAnalyzer;
import io.articleflow.extract.analysis.DefaultArticleAnalyzer;
import io.articleflow.extract.predict.PredictionLine;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scores the analyzer on the seed articles against the gold annotations, with exactly the matching of
 * {@code shared/eval/score.py}, prints the per-type table and fails below entity-F1 0.90.
 */
class SeedsEvaluationTests {

	private static final double MIN_ENTITY_F1 = 0.90;

	@Test
	void scoresAtLeastTheFloorOnTheSeeds() throws IOException {
		// Given the seeds and their gold annotations
		Map<String, String> seeds = SeedCorpus.load();
		List<String> goldLines;
		try (InputStream in = getClass().getResourceAsStream("/eval/seeds-gold.jsonl")) {
			goldLines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
		}
		ArticleAnalyzer analyzer = DefaultArticleAnalyzer.create(AnalysisProperties.defaults());

		// When every seed is analysed and written in the evaluation format
		JsonMapper json = JsonMapper.builder().build();
		List<String> predictionLines = new ArrayList<>();
		seeds.forEach((name, text) -> predictionLines
			.add(json.writeValueAsString(PredictionLine.of(name, analyzer.analyze(name, text, Map.of())))));
		EntityScorer.Report report = EntityScorer.score(EntityScorer.parse(goldLines),
				EntityScorer.parse(predictionLines));

		// Then the scores are printed like score.py does and reach the floor
		System.out.println(report.table());
		report.errors().forEach(e -> System.out.println("  " + e));
		assertThat(seeds).hasSize(5);
		assertThat(report.entityTotal().f1()).isGreaterThanOrEqualTo(MIN_ENTITY_F1);
	}

}
