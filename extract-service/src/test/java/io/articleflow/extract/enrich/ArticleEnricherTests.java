package io.articleflow.extract.enrich;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.articleflow.common.event.ArticleEnriched;
import io.articleflow.common.event.ArticleIngested;
import io.articleflow.common.event.ArticleMetadata;
import io.articleflow.common.event.Entity;
import io.articleflow.common.event.EntityType;
import io.articleflow.common.event.Mention;
import io.articleflow.common.event.SourceFile;
import io.articleflow.common.limits.ArticleLimits;
import io.articleflow.common.messaging.InvalidEventException;
import io.articleflow.extract.analysis.Analysis;
import io.articleflow.extract.analysis.ArticleAnalyzer;
import io.articleflow.extract.analysis.SharedAnalyzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ArticleEnricherTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

	private static final SourceFile SOURCE = new SourceFile("file:///b/a.txt", "a.txt", "text/plain", 20,
			"sha256:" + "0".repeat(64), Map.of("title", "From the file"));

	private final AtomicInteger analysed = new AtomicInteger();

	private final ArticleAnalyzer analyzer = new ArticleAnalyzer() {
		@Override
		public Analysis analyze(String documentId, String rawText, Map<String, String> sourceMetadata) {
			analysed.incrementAndGet();
			String cleaned = rawText.strip();
			Entity laos = new Entity("location:laos", EntityType.LOCATION, "Laos", null, null, null, null,
					List.of(new Mention("Laos", cleaned.indexOf("Laos"), cleaned.indexOf("Laos") + 4)));
			return new Analysis(cleaned, new ArticleMetadata(sourceMetadata.get("title"), null, null, null, null, "eng"),
					List.of(laos), "story-" + documentId);
		}

		@Override
		public String version() {
			return "1.0.0+kb.test";
		}
	};

	private final ArticleEnricher enricher = new ArticleEnricher(this.analyzer, CLOCK);

	@Test
	void carriesTheSourceOverAndAddsTheAnalysisAndVersion() {
		ArticleIngested raw = new ArticleIngested("0123456789abcdef0123456789abcdef", SOURCE, "  Viet Nam and Laos ",
				Instant.parse("2026-11-23T11:59:58Z"), Instant.parse("2026-11-23T11:59:59Z"));

		ArticleEnriched enriched = this.enricher.enrich(raw);

		assertThat(enriched).isEqualTo(new ArticleEnriched("0123456789abcdef0123456789abcdef", SOURCE,
				"Viet Nam and Laos", new ArticleMetadata("From the file", null, null, null, null, "eng"),
				List.of(new Entity("location:laos", EntityType.LOCATION, "Laos", null, null, null, null,
						List.of(new Mention("Laos", 13, 17)))),
				"story-0123456789abcdef0123456789abcdef", "1.0.0+kb.test", Instant.parse("2026-11-23T11:59:58Z"),
				Instant.parse("2026-11-23T11:59:59Z"), Instant.parse("2026-11-23T12:00:00Z")));
	}

	@Test
	void datesAnArticleWithoutADateOfItsOwnByTheSourceDateOfItsEvent() {
		SourceFile dated = new SourceFile("file:///b/talks.txt", "talks.txt", "text/plain", 120,
				"sha256:" + "0".repeat(64), Map.of(), "2022-06-28T03:15:42Z");
		String text = "Vietnam and Laos hold defence talks\n\nThe two defence ministers met in Hanoi on June 27.";
		ArticleIngested raw = new ArticleIngested("0123456789abcdef0123456789abcdef", dated, text,
				Instant.parse("2026-11-23T11:59:58Z"), Instant.parse("2026-11-23T11:59:59Z"));

		ArticleEnriched enriched = new ArticleEnricher(SharedAnalyzer.get(), CLOCK).enrich(raw);

		assertThat(enriched.metadata().published()).isEqualTo("2022-06-28T03:15Z");
		assertThat(enriched.metadata().dateSource()).isEqualTo(ArticleMetadata.DATE_FROM_SOURCE);
		assertThat(enriched.entities()).filteredOn(e -> e.type() == EntityType.DATE)
			.extracting(Entity::canonicalName)
			.containsExactly("2022-06-27");
	}

	@Test
	void refusesAnEventWithoutTextAsInvalid() {
		ArticleIngested raw = new ArticleIngested("0123456789abcdef0123456789abcdef", SOURCE, " ", Instant.now(),
				Instant.now());

		assertThatExceptionOfType(InvalidEventException.class).isThrownBy(() -> this.enricher.enrich(raw))
			.withMessage("article-ingested event 0123456789abcdef0123456789abcdef without text");
	}

	@Test
	void refusesTextOverTheCharacterLimitAsTooLargeWithoutAnalysingIt() {
		ArticleLimits limits = new ArticleLimits(100, 1 << 20, 10, 10);
		ArticleIngested raw = new ArticleIngested("0123456789abcdef0123456789abcdef", SOURCE, "Laos ".repeat(21),
				Instant.now(), Instant.now());

		assertThatExceptionOfType(ArticleTooLargeException.class)
			.isThrownBy(() -> new ArticleEnricher(this.analyzer, CLOCK, limits).enrich(raw))
			.withMessage("article-ingested event 0123456789abcdef0123456789abcdef has 105 characters of text, over the "
					+ "100 an article may have (articleflow.limits.max-characters): not analysed");
		assertThat(this.analysed).hasValue(0);
		assertThat(new ArticleEnricher(this.analyzer, CLOCK, limits)
			.enrich(new ArticleIngested(raw.documentId(), SOURCE, "Laos ".repeat(20), Instant.now(), Instant.now()))
			.entities()).hasSize(1);
	}

}
