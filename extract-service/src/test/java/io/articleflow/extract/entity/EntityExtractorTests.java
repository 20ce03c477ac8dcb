package io.articleflow.extract.entity;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.articleflow.common.event.Entity;
import io.articleflow.common.event.EntityType;
import io.articleflow.common.event.Mention;
import io.articleflow.extract.kb.KnowledgeBaseLoader;
import io.articleflow.extract.text.ArticleText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recognition rules on sentences of the genre written for these tests (ASEAN and Vietnamese defence news), not
 * taken from the seed articles.
 */
class EntityExtractorTests {

	private static EntityExtractor extractor;

	@BeforeAll
	static void loadKnowledgeBase() {
		extractor = new EntityExtractor(KnowledgeBaseLoader.builtIn());
	}

	@Test
	void resolvesAcronymDefinedInParenthesesForRestOfDocument() {
		List<String> found = render("The Philippine Navy Special Operations Command (NAVSOCOM) trained with marines in "
				+ "Cam Ranh. NAVSOCOM will return next year.");

		assertThat(found).containsExactly(
				"ORGANIZATION Philippine Navy Special Operations Command [Philippine Navy Special Operations Command, NAVSOCOM]",
				"LOCATION Cam Ranh [Cam Ranh]");
	}

	@Test
	void namesNumberedDocumentsByTheKindTheirCodeStates() {
		List<String> found = render("Implementing Instruction No. 16-CT/TW, Decision 1236/QD-TTg and Law No. 22/2018/QH14, "
				+ "the ministry issued Circular No. 05/2019/TT-BQP.");

		assertThat(found).containsExactly("LAW Directive No. 16-CT/TW [Instruction No. 16-CT/TW]",
				"LAW Decision No. 1236/QD-TTg [Decision 1236/QD-TTg]", "LAW Law No. 22/2018/QH14 [Law No. 22/2018/QH14]",
				"LAW Circular No. 05/2019/TT-BQP [Circular No. 05/2019/TT-BQP]");
	}

	@Test
	void identifiesPlenumResolutionsAndStrategiesWithAHorizon() {
		List<String> found = render("The Resolution of the 8th Plenum of the 13th Party Central Committee on the Strategy "
				+ "for Fatherland Protection in the New Situation guides the military. The ministry drafts a strategy for "
				+ "military logistics to 2035, with a vision to 2045.");

		assertThat(found).containsExactly(
				"LAW Resolution of the 8th Plenum of the 13th Party Central Committee [Resolution of the 8th Plenum of the 13th Party Central Committee]",
				"LAW Strategy for Fatherland Protection in the New Situation [Strategy for Fatherland Protection in the New Situation]",
				"LAW Strategy for military logistics to 2035, with a vision to 2045 [strategy for military logistics to 2035, with a vision to 2045]",
				"DATE 2035 [2035]", "DATE 2045 [2045]");
	}

	@Test
	void treatsNumberedMeetingsOfASeriesAsMentionsOfTheSeries() {
		List<String> found = render("Delegates to the 17th ADMM in Jakarta and the 10th ADMM-Plus met again. The ADMM-16 "
				+ "was held in Cambodia.");

		assertThat(found).containsExactly("EVENT ASEAN Defence Ministers' Meeting [17th ADMM, ADMM-16]",
				"LOCATION Jakarta [Jakarta]", "EVENT ADMM-Plus [10th ADMM-Plus]", "LOCATION Cambodia [Cambodia]");
	}

	@Test
	void treatsNumberedPartyCongressesAsEventsOfTheirOwnAndABareOneAsNone() {
		List<String> found = render("The 12th National Party Congress met in 2016 and the XIII National Party Congress in "
				+ "2021, after the Party Congress of each province.");

		assertThat(found).containsExactly("EVENT 12th National Party Congress [12th National Party Congress]",
				"DATE 2016 [2016]", "EVENT 13th National Party Congress [XIII National Party Congress]", "DATE 2021 [2021]");
	}

	@Test
	void findsTitledPersonsAndResolvesLaterShortReferences() {
		// Given a full name after a rank and position, then the rank with the given name alone
		Entity cuong = extractor.extract(ArticleText.of("Chief of the General Staff Senior Lieutenant General Nguyen Tan "
				+ "Cuong received Lieutenant General Chhum Socheat. General Cuong said both armies would train together."), 0)
			.get(0);

		// Then the short reference is a mention of the full name, without the rank
		assertThat(cuong.canonicalName()).isEqualTo("Nguyen Tan Cuong");
		assertThat(cuong.rank()).isEqualTo("Senior Lieutenant General");
		assertThat(cuong.mentions()).extracting(Mention::text).containsExactly("Nguyen Tan Cuong", "Cuong");
	}

	@Test
	void recognisesVietnameseNamesWithOrWithoutDiacriticsOrTitles() {
		List<String> found = render("Deputy Trần Thị Thu Hằng met TRUONG QUANG NGHIA and Le Hoai Trung on Le Loi Street.");

		assertThat(found).containsExactly("PERSON Trần Thị Thu Hằng [Trần Thị Thu Hằng]",
				"PERSON Truong Quang Nghia [TRUONG QUANG NGHIA]", "PERSON Le Hoai Trung [Le Hoai Trung]");
	}

	@Test
	void takesNamesFromCredits() {
		assertThat(render("The drill ended at noon.\n\nTranslated by Thu Trang\n\nPhoto: Trong Hai")).containsExactly(
				"PERSON Thu Trang [Thu Trang]", "PERSON Trong Hai [Trong Hai]");
		assertThat(render("Photo: VNA")).containsExactly("ORGANIZATION Vietnam News Agency [VNA]");
	}

	@Test
	void normalisesDatesToIso() {
		List<String> found = render("The talks on 12 September 2023 follow those of March 3, 2022, set the plan for "
				+ "2026-2030 and the next round on 03/07/2024; the review is due in May 2024 and the 2000 troops stay.");

		assertThat(found).containsExactly("DATE 2023-09-12 [12 September 2023]", "DATE 2022-03-03 [March 3, 2022]",
				"DATE 2026 [2026]", "DATE 2030 [2030]", "DATE 2024-07-03 [03/07/2024]", "DATE 2024-05 [May 2024]");
	}

	@Test
	void datesADayAndMonthWithThePublicationYear() {
		assertThat(render("The exercise began on June 4 and ended on 9 June.", 2024)).containsExactly(
				"DATE 2024-06-04 [June 4]", "DATE 2024-06-09 [9 June]");
		assertThat(render("The exercise began on June 4.", 0)).isEmpty();
	}

	@Test
	void typesUnknownNamesByTheirHeadWord() {
		List<String> found = render("The Jakarta International Defence Dialogue, the Vietnam Peacekeeping Centre, the "
				+ "Mekong Lancang Cooperation Forum, Kandal province and the Ministry of Information and Communications "
				+ "were mentioned, as was the Law on Militia and Self-Defence Forces.");

		assertThat(found).containsExactly("EVENT Jakarta International Defence Dialogue [Jakarta International Defence Dialogue]",
				"ORGANIZATION Vietnam Peacekeeping Centre [Vietnam Peacekeeping Centre]",
				"EVENT Mekong Lancang Cooperation Forum [Mekong Lancang Cooperation Forum]",
				"LOCATION Kandal province [Kandal province]",
				"ORGANIZATION Ministry of Information and Communications [Ministry of Information and Communications]",
				"LAW Law on Militia and Self-Defense Forces [Law on Militia and Self-Defence Forces]");
	}

	@Test
	void matchesKnownNamesDespiteATypoOrAnAcronymInside() {
		List<String> found = render("Officers of the Royal Cambodain Armed Forces toured the United Nations (UN) Security "
				+ "Council chamber.");

		assertThat(found).containsExactly("ORGANIZATION Royal Cambodian Armed Forces [Royal Cambodain Armed Forces]",
				"ORGANIZATION United Nations Security Council [United Nations (UN) Security Council]");
	}

	@Test
	void ignoresNationalityAdjectivesAndGenericPhrases() {
		assertThat(render("Vietnamese and Cambodian officers said the army and the Party Committee of the ministry "
				+ "would meet the State.")).isEmpty();
	}

	@Test
	void givesEveryEntityAStableIdAndEveryMentionExactOffsets() {
		String text = "General Phan Van Giang met Australian Defence Minister Richard Marles in Canberra on 7 June 2024.";
		List<Entity> entities = extractor.extract(ArticleText.of(text), 0);

		assertThat(entities).extracting(Entity::id)
			.containsExactly("person:phan-van-giang", "person:richard-marles", "location:canberra", "date:2024-06-07");
		assertThat(entities).flatExtracting(Entity::mentions)
			.allSatisfy(m -> assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text()));
		assertThat(entities.get(0).type()).isEqualTo(EntityType.PERSON);
		assertThat(entities.get(1).role()).isEqualTo("Defence Minister");
	}

	@Test
	void resolvesAGivenNameOrFamilyNameStandingAloneToTheFullName() {
		List<String> found = render("Deputy Minister Hoang Xuan Chien met a delegation led by Roberto Morales Ojeda. "
				+ "Chien suggested more training. Morales Ojeda agreed, as did Ojeda's aides.");

		assertThat(found).containsExactly("PERSON Hoang Xuan Chien [Hoang Xuan Chien, Chien]",
				"PERSON Roberto Morales Ojeda [Roberto Morales Ojeda, Morales Ojeda, Ojeda]");
	}

	@Test
	void givesAGenericVietnameseBodyQualifiedByAnotherCountryToThatCountry() {
		List<String> found = render("Indonesia's Defence Ministry, the Thai Defence Ministry and the Defence Ministry "
				+ "signed the plan.");

		assertThat(found).containsExactly("LOCATION Indonesia [Indonesia]", "ORGANIZATION Defence Ministry [Defence Ministry]",
				"ORGANIZATION Ministry of Defence of Thailand [Thai Defence Ministry]",
				"ORGANIZATION Ministry of National Defense [Defence Ministry]");
	}

	@Test
	void namesNumberedMilitaryUnitsExercisesAndNumberedDialogues() {
		List<String> found = render("Military Region 7 and the 5th Infantry Division joined Exercise Malapura before the "
				+ "10th Vietnam-Japan Defence Policy Dialogue.");

		assertThat(found).containsExactly("ORGANIZATION Military Region 7 [Military Region 7]",
				"ORGANIZATION 5th Infantry Division [5th Infantry Division]", "EVENT Exercise Malapura [Exercise Malapura]",
				"EVENT Vietnam-Japan Defence Policy Dialogue [10th Vietnam-Japan Defence Policy Dialogue]");
	}

	@Test
	void readsTheSouthAndTheNorthOfAnArticleAboutVietnamAsItsHalves() {
		assertThat(render("After 1954 Vietnam was divided; the North supported the liberation of the South."))
			.containsExactly("DATE 1954 [1954]", "LOCATION Vietnam [Vietnam]", "LOCATION North Vietnam [North]",
					"LOCATION South Vietnam [South]");
		assertThat(render("Korea was divided; the North and the South met in 2018.")).containsExactly(
				"LOCATION South Korea [Korea]", "DATE 2018 [2018]");
	}

	private static List<String> render(String text) {
		return render(text, 0);
	}

	private static List<String> render(String text, int publishedYear) {
		return extractor.extract(ArticleText.of(text), publishedYear).stream().map(e -> {
			Set<String> forms = new LinkedHashSet<>();
			e.mentions().forEach(m -> forms.add(m.text()));
			return e.type() + " " + e.canonicalName() + " " + forms.toString();
		}).toList();
	}

}
