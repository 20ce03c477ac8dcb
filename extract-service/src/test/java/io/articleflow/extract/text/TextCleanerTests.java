package io.articleflow.extract.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextCleanerTests {

	private final TextCleaner cleaner = new TextCleaner();

	@Test
	void normalisesUnicodeQuotesAndWhiteSpace() {
		// Given decomposed diacritics, typographic quotes and ragged white space
		String raw = "  Gen. Phan Va\u0300n Giang\u00A0said   the \u201cfour no\u2019s\u201d policy\tholds.  \r\n\r\n\r\n\r\nNext paragraph.  ";

		// When
		String cleaned = cleaner.clean(raw);

		// Then
		assertThat(cleaned).isEqualTo("Gen. Phan V\u00E0n Giang said the \"four no's\" policy holds.\n\nNext paragraph.");
	}

	@Test
	void dropsEditorControlsAndWidgetLinesButKeepsCaptions() {
		// Given a page with an image control line, a caption and share buttons
		String raw = """
				Cambodia hosts ASEAN army chiefs

				leftcenterright
				General Hun Manet addresses the meeting in Siem Reap. Photo: AKP
				Share | Tweet | Email
				The 24th ASEAN Chiefs of Army Multilateral Meeting opened on Tuesday.
				""";

		// When
		String cleaned = cleaner.clean(raw);

		// Then
		assertThat(cleaned).isEqualTo("""
				Cambodia hosts ASEAN army chiefs

				General Hun Manet addresses the meeting in Siem Reap. Photo: AKP
				The 24th ASEAN Chiefs of Army Multilateral Meeting opened on Tuesday.""");
	}

	@Test
	void dropsTheTeaserOfAnotherArticleAfterTheCommentWidget() {
		// Given an article, its byline, a comment widget and a teaser of another story
		String raw = """
				Laos, Vietnam strengthen border defence ties

				The two armies agreed to hold joint patrols along the shared border in 2025, expanding an arrangement that
				has been in place since 2019, and to train young officers together at their military academies.

				Colonel Bounmy Phommachanh

				Your Comment (3)

				Thai navy receives new frigate
				The Royal Thai Navy commissioned its newest frigate in Sattahip on Monday.
				""";

		// When
		String cleaned = cleaner.clean(raw);

		// Then
		assertThat(cleaned).endsWith("Colonel Bounmy Phommachanh").doesNotContain("Thai navy", "Comment");
	}

	@Test
	void keepsThePagesOwnContentWhenAskedToButStillDropsWidgets() {
		// Given a page clock and a teaser, with a cleaner that keeps the page's content
		String raw = """
				Friday, June 6, 2025, 08:05 (GMT+7)

				Tuesday, January 9, 2024, 14:30 (GMT+7)
				Laos and Vietnam review defence cooperation over the past year, with the Lao People's Army and the Vietnam 				People's Army agreeing to expand training, search and rescue cooperation and joint patrols along the border.

				Your Comment (0)

				Thai navy receives new frigate
				""";

		// When
		String cleaned = new TextCleaner(false).clean(raw);

		// Then
		assertThat(cleaned).startsWith("Friday, June 6, 2025").contains("Tuesday, January 9, 2024")
			.endsWith("Thai navy receives new frigate")
			.doesNotContain("Your Comment");
	}

	@Test
	void keepsAnEarlyCommentHeadingThatIsNotTheEndOfTheArticle() {
		// Given a short "Comments" heading near the top, before most of the text
		String raw = "Comments\n\n" + "The Philippine Navy took delivery of two new patrol vessels from Israel this week. ".repeat(5);

		// When
		String cleaned = cleaner.clean(raw);

		// Then
		assertThat(cleaned).contains("Philippine Navy").hasSizeGreaterThan(300);
	}

	@Test
	void keepsOnlyTheArticlesOwnDateWhenTheHeaderCarriesAPageClock() {
		// Given the page clock above the article's own date line
		String raw = """
				Friday, June 6, 2025, 08:05 (GMT+7)

				Tuesday, January 9, 2024, 14:30 (GMT+7)
				Singapore, Vietnam review defence cooperation
				The two defence ministries met in Singapore.
				""";

		// When
		String cleaned = cleaner.clean(raw);

		// Then
		assertThat(cleaned).isEqualTo("""
				Tuesday, January 9, 2024, 14:30 (GMT+7)
				Singapore, Vietnam review defence cooperation
				The two defence ministries met in Singapore.""");
	}

	@Test
	void removesARepeatedDateLine() {
		// Given the same stamp twice in the header
		String raw = "Navy chiefs meet in Bali\n12/11/2023 09:15\n12/11/2023 09:15\nThe meeting opened in Bali.";

		// When / Then
		assertThat(cleaner.clean(raw)).isEqualTo("Navy chiefs meet in Bali\n12/11/2023 09:15\nThe meeting opened in Bali.");
	}

	@Test
	void cleansNothingOutOfAnEmptyText() {
		assertThat(cleaner.clean("")).isEmpty();
		assertThat(cleaner.clean(null)).isEmpty();
	}

}
