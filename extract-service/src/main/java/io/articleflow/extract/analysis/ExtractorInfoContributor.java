package io.articleflow.extract.analysis;

import java.util.Map;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;

/**
 * {@code GET /actuator/info} names the running extractor's version ({@code {"extractor":{"version":...}}}), the one
 * every enriched event carries: {@code ./pipeline reprocess --stale} re-extracts the articles of any other.
 */

public class ExtractorInfoContributor implements InfoContributor {

	private final ArticleAnalyzer analyzer;

	public ExtractorInfoContributor(ArticleAnalyzer analyzer) {
		this.analyzer = analyzer;
	}

	@Override
	public void contribute(Info.Builder builder) {
		builder.withDetail("extractor", Map.of("version", this.analyzer.version()));
	}

}
