package io.articleflow.extract.metadata;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.articleflow.common.event.ArticleMetadata;
import io.articleflow.common.event.Byline;
import io.articleflow.common.event.Entity;
import io.articleflow.extract.entity.EntityExtractor;
import io.articleflow.extract.kb.KnowledgeBase;
import io.articleflow.extract.kb.KnowledgeBaseLoader;
import io.articleflow.extract.language.LanguageIdentifier;
import io.articleflow.extract.text.ArticleText;
import io.articleflow.extract.text.TextCleaner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MetadataExtractorTests {

	private static MetadataExtractor extractor;

	private static EntityExtractor entities;

	@BeforeAll
	static void load() {
		KnowledgeBase kb = KnowledgeBaseLoader.builtIn();
		extractor = new MetadataExtractor(kb, new LanguageIdentifier());
		entities = new EntityExtractor(kb);
	}

	@Test
	void readsTitleDateBylineAndPublicationFromTheHeader() {
		// Given a page header with a site prefix in the first title, a date line, a byline and a dateline
		String text = """
				National Defence Journal, Building a strong border guard force in the new period

				21/5/2024 10:20 AM

				Building a strong border guard force in the new period

				Lieutenant General LE DUC THAI
				Member of Party Central Committee, Commander of the Border Guard

				National Defence Journal - Over the past years, the Border Guard has worked closely with the local authorities \
				of border provinces to maintain security and order, prevent smuggling and protect the national border.""";

		// When
		ArticleMetadata metadata = analyse(text, Map.of());

		// Then
		assertThat(metadata).isEqualTo(new ArticleMetadata("Building a strong border guard force in the new period",
				"2024-05-21T10:20",
				new Byline("Le Duc Thai", "Lieutenant General", "Member of Party Central Committee, Commander of the Border Guard"),
				"National Defence Journal", null, "eng", ArticleMetadata.DATE_FROM_TEXT));
	}

	@Test
	void readsABylineAtTheEndAndTheTranslator() {
		String text = """
				Thursday, September 5, 2024, 09:00 (GMT+7)
				Naval cooperation with Brunei deepens
				The two navies held their third staff talks in Bandar Seri Begawan, agreeing to exchange cadets, share \
				information on search and rescue and hold a joint exercise in the coming year.

				Rear Admiral Tran Thanh Nghiem
				Commander of the Vietnam People's Navy

				Translated by Mai Huong""";

		ArticleMetadata metadata = analyse(text, Map.of());

		assertThat(metadata).isEqualTo(new ArticleMetadata("Naval cooperation with Brunei deepens",
				"2024-09-05T09:00+07:00",
				new Byline("Tran Thanh Nghiem", "Rear Admiral", "Commander of the Vietnam People's Navy"), null,
				"Mai Huong", "eng", ArticleMetadata.DATE_FROM_TEXT));
	}

	@Test
	void datesTheArticleByItsDatelineOrItsBylineWhenNoLineIsOnlyADate() {
		String dateline = """
				Vietnam, Brunei boost naval ties

				Bandar Seri Begawan, October 8, 2024 (VNA) - The navies of Vietnam and Brunei agreed on Tuesday to hold 				regular staff talks and to share information on search and rescue at sea, officials said after the talks.""";
		String byline = """
				Hanoi to expand bus network

				By Thanh Tam   March 14, 2025 | 07:45 am GMT+7

				The capital will open 20 new bus routes this year to reduce traffic jams in the inner districts, the city's 				transport department said on Friday, adding that electric buses will serve most of them.""";

		assertThat(analyse(dateline, Map.of()).published()).isEqualTo("2024-10-08");
		assertThat(analyse(byline, Map.of()).published()).isEqualTo("2025-03-14T07:45+07:00");
	}

	@Test
	void fallsBackOnTheFileFormatsMetadata() {
		String text = "The Lao People's Army and the Vietnam People's Army held their annual defence policy dialogue in "
				+ "Vientiane, where the two sides reviewed the results of cooperation in training and border management.";

		ArticleMetadata metadata = analyse(text,
				Map.of("title", "Lao, Vietnamese armies review cooperation", "author", "Hai Ly", "created",
						"2023-12-01T08:00:00+07:00", "publisher", "People's Army Newspaper"));

		assertThat(metadata).isEqualTo(new ArticleMetadata("Lao, Vietnamese armies review cooperation",
				"2023-12-01T08:00+07:00", new Byline("Hai Ly", null, null), "People's Army Newspaper", null, "eng",
				ArticleMetadata.DATE_FROM_SOURCE));
	}

	@Test
	void datesTheArticleByItsSourceWhenTheTextStatesNoDateAndSaysSo() {
		String text = "Defence talks held in Vientiane\n\nVientiane (VNA) - Vietnam and Laos held their annual defence "
				+ "policy dialogue on June 27, reviewing cooperation in training and border management.";

		ArticleMetadata metadata = analyse(text, Map.of(), "2022-06-28T03:15:42Z");

		assertThat(metadata.published()).isEqualTo("2022-06-28T03:15Z");
		assertThat(metadata.dateSource()).isEqualTo(ArticleMetadata.DATE_FROM_SOURCE);
		assertThat(analyse(text, Map.of(), "2022-06-28").published()).isEqualTo("2022-06-28");
	}

	@Test
	void prefersTheDateTheTextStatesAndTheFormatsDateToTheSourceDate() {
		String dated = "Defence talks held in Vientiane\n\nJune 27, 2022\n\nVietnam and Laos held their annual defence "
				+ "policy dialogue, reviewing cooperation in training and border management.";
		String undated = "Vietnam and Laos held their annual defence policy dialogue, reviewing cooperation in training "
				+ "and border management.";

		ArticleMetadata fromText = analyse(dated, Map.of(), "2026-12-03T07:00:00Z");
		ArticleMetadata fromFormat = analyse(undated, Map.of("created", "2022-06-29T08:00:00+07:00"),
				"2026-12-03T07:00:00Z");

		assertThat(fromText.published()).isEqualTo("2022-06-27");
		assertThat(fromText.dateSource()).isEqualTo(ArticleMetadata.DATE_FROM_TEXT);
		assertThat(fromFormat.published()).isEqualTo("2022-06-29T08:00+07:00");
		assertThat(fromFormat.dateSource()).isEqualTo(ArticleMetadata.DATE_FROM_SOURCE);
	}

	@Test
	void leavesTheDateAndItsSourceOutWhenNothingDatesTheArticle() {
		ArticleMetadata metadata = analyse("Vietnam and Laos held their annual defence policy dialogue in Vientiane.",
				Map.of(), null);

		assertThat(metadata.published()).isNull();
		assertThat(metadata.dateSource()).isNull();
	}

	@Test
	void titlesAnArticleWithoutAHeadlineByItsFirstSentence() {
		String text = "Lt. Gen. Nguyen Van Binh received the visiting delegation in Hanoi on Monday. The two sides agreed to "
				+ "deepen cooperation in training, military medicine and search and rescue, officials said after the talks.";

		assertThat(analyse(text, Map.of()).title())
			.isEqualTo("Lt. Gen. Nguyen Van Binh received the visiting delegation in Hanoi on Monday");
	}

	@Test
	void cutsALongFirstSentenceAtAWordBoundary() {
		String text = "On the sidelines of the annual forum held in the capital last week, the deputy minister of national "
				+ "defence granted an interview to share his views about cooperation with partners in the region and beyond.";

		String title = analyse(text, Map.of()).title();

		assertThat(title).isEqualTo("On the sidelines of the annual forum held in the capital last week, the deputy minister of "
				+ "national\u2026");
		assertThat(title.length()).isLessThanOrEqualTo(LeadTitle.MAX_LENGTH + 1);
	}

	@Test
	void titlesByTheFirstSentenceAfterADateLineAndPrefersTheFormatsTitle() {
		String text = "Monday, March 4, 2024 10:15\n\nThe navies of the two countries held their third round of staff talks in "
				+ "the port city, agreeing to exchange cadets and to share information on search and rescue at sea.";

		assertThat(analyse(text, Map.of()).title()).isEqualTo("The navies of the two countries held their third round of "
				+ "staff talks in the port city, agreeing to\u2026");
		assertThat(analyse(text, Map.of("title", "Navies hold staff talks")).title()).isEqualTo("Navies hold staff talks");
	}

	@Test
	void leavesTheDatelineOutOfAFirstSentenceTitle() {
		String agency = "SINGAPORE, Oct. 22 (Reuters) -- The defence ministers of the two countries met on Tuesday and "
				+ "agreed to expand training exchanges.";
		String city = "KUALA LUMPUR: Malaysia and Vietnam agreed on Tuesday to expand training exchanges between their "
				+ "navies and coast guards.";

		assertThat(analyse(agency, Map.of()).title())
			.isEqualTo("The defence ministers of the two countries met on Tuesday and agreed to expand training exchanges");
		assertThat(analyse(city, Map.of()).title()).isEqualTo("Malaysia and Vietnam agreed on Tuesday to expand "
				+ "training exchanges between their navies and coast\u2026");
	}

	@Test
	void doesNotTakeAStampLineWithMoreAfterABarForTheHeadline() {
		String text = "June 19, 2023 02:48 pm | Updated 02:48 pm IST - New Delhi\n\nThe two defence ministers held talks "
				+ "on Monday on expanding cooperation in training, shipbuilding and maritime security in the region.";

		ArticleMetadata metadata = analyse(text, Map.of());

		assertThat(metadata.title()).isEqualTo("The two defence ministers held talks on Monday on expanding cooperation in "
				+ "training, shipbuilding\u2026");
		assertThat(metadata.published()).isEqualTo("2023-06-19T14:48");
	}

	@Test
	void readsHeadlinesThatOpenWithAQuotationOrAskALongQuestion() {
		String body = "\n\nHaving endured prolonged wars with immense sacrifices, the country treasures the value of peace, "
				+ "independence and freedom, officials said on Monday at a conference in the capital.";
		String quoted = "\u2018Early and from afar\u2019 keeps the peace" + body;
		String question = "Why does the country keep the peace early and from afar, and what does it mean for the region "
				+ "and its partners?" + body;

		assertThat(analyse(quoted, Map.of()).title()).isEqualTo("'Early and from afar' keeps the peace");
		assertThat(analyse(question, Map.of()).title()).isEqualTo("Why does the country keep the peace early and from "
				+ "afar, and what does it mean for the region and its partners?");
	}

	@Test
	void identifiesTheLanguageWithTheOpenNlpModel() {
		String vietnamese = "Bộ trưởng Bộ Quốc phòng đã tiếp Đại sứ Australia tại Việt Nam, hai bên nhất trí tăng cường "
				+ "hợp tác quốc phòng trong lĩnh vực gìn giữ hòa bình và khắc phục hậu quả chiến tranh.";
		assertThat(analyse(vietnamese, Map.of()).language()).isEqualTo("vie");
		assertThat(analyse("Short.", Map.of()).language()).isNull();
	}

	private static ArticleMetadata analyse(String raw, Map<String, String> source) {
		return analyse(raw, source, null);
	}

	private static ArticleMetadata analyse(String raw, Map<String, String> source, String documentDate) {
		String cleaned = new TextCleaner().clean(raw);
		Optional<PublicationDate> published = extractor.publicationDate(cleaned, source, documentDate);
		ArticleText article = ArticleText.of(cleaned);
		List<Entity> found = entities.extract(article, 0);
		return extractor.extract(article, published, found, source);
	}

}
