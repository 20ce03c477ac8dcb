package io.articleflow.index.store;

import org.junit.jupiter.api.Test;

import io.articleflow.common.event.ArticleMetadata;
import io.articleflow.common.event.Byline;

import static org.assertj.core.api.Assertions.assertThat;

class FrontMatterTests {

	private static final ArticleMetadata METADATA = new ArticleMetadata("Rice exports grow", "2026-12-03",
			new Byline("Nguyen Van A", "Colonel", null), "Communist Review", "Tran Thi B", "eng");

	@Test
	void bodyStartsAfterTitleBylinePublicationTranslatorAndDateLines() {
		String text = "Rice  exports grow\n\nColonel Nguyen Van A\nCOMMUNIST REVIEW\nTranslated by Tran Thi B\n"
				+ "Hanoi, 3 December 2026\nThe ministry said exports grew.";

		assertThat(text.substring(FrontMatter.bodyStart(text, METADATA))).isEqualTo("The ministry said exports grew.");
	}

	@Test
	void proseIsTheBodyEvenWhenItNamesAYearOrTheAuthor() {
		String first = "In 2022 the ministry said exports grew.\nMore text.";
		String long1 = "Nguyen Van A, who wrote this, says that the long first line of an article is never a byline line at all.";

		assertThat(FrontMatter.bodyStart(first, METADATA)).isZero();
		assertThat(FrontMatter.bodyStart(long1, METADATA)).isZero();
	}

	@Test
	void textOfFrontMatterOnlyKeepsItAll() {
		assertThat(FrontMatter.bodyStart("Rice exports grow\n3 December 2026", METADATA)).isZero();
	}

	@Test
	void firstSentenceSkipsDateLinesAndStopsAtTheFirstFullStop() {
		assertThat(FrontMatter.firstSentence("3 December 2026\nThe ministry met. It agreed.")).isEqualTo("The ministry met.");
		assertThat(FrontMatter.firstSentence("word ".repeat(60))).hasSizeLessThanOrEqualTo(162).endsWith(" …");
	}

}
