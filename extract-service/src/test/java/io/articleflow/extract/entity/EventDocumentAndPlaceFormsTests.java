package io.articleflow.extract.entity;

import java.util.List;

import io.articleflow.common.event.EntityType;
import io.articleflow.extract.kb.KnowledgeBaseLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How news writes events between parties, document titles and administrative places, on sentences written for
 * these tests.
 */
class EventDocumentAndPlaceFormsTests {

	private static EntityExtractor extractor;

	@BeforeAll
	static void loadKnowledgeBase() {
		extractor = new EntityExtractor(KnowledgeBaseLoader.builtIn());
	}

	@Test
	void namesAMeetingBetweenPartiesWrittenInLowerCaseAfterThem() {
		List<String> found = render(EntityType.EVENT, "Officials attended the third Thailand - Malaysia defence "
				+ "policy dialogue in Hanoi, and later the Thailand-Malaysia Defence Policy Dialogue closed. The "
				+ "Cambodia-Laos-Thailand border friendship exchange opened.");

		assertThat(found).containsExactly(
				"Thailand-Malaysia Defence Policy Dialogue [third Thailand - Malaysia defence policy dialogue, "
						+ "Thailand-Malaysia Defence Policy Dialogue]",
				"Cambodia-Laos-Thailand Border Friendship Exchange [Cambodia-Laos-Thailand border friendship exchange]");
	}

	@Test
	void aNumberedDialogueNamedWithoutItsPartiesIsOneEventWithTheNamedOne() {
		assertThat(render(EntityType.EVENT, "The 10th Thailand-Malaysia Defence Policy Dialogue opened. Since the 9th "
				+ "defence policy dialogue, ties grew."))
			.containsExactly("Thailand-Malaysia Defence Policy Dialogue [10th Thailand-Malaysia Defence Policy Dialogue, "
					+ "9th defence policy dialogue]");
		assertThat(render(EntityType.EVENT, "The sixth defense and security consultation was held; the seventh defense "
				+ "and security consultation follows. A security dialogue is no event."))
			.containsExactly("sixth defense and security consultation [sixth defense and security consultation, "
					+ "seventh defense and security consultation]");
	}

	@Test
	void aLevelBetweenThePartiesAndTheHeadStaysInTheMentionButNotInTheName() {
		assertThat(render(EntityType.EVENT, "The second Thailand – Malaysia ministerial-level defence policy dialogue "
				+ "took place in Penang. Officials said the high-level talks went well."))
			.containsExactly("Thailand-Malaysia Defence Policy Dialogue [second Thailand – Malaysia ministerial-level "
					+ "defence policy dialogue]");
	}

	@Test
	void aMeetingsAcronymThenWgIsTheMeetingsWorkingGroup() {
		assertThat(render(EntityType.EVENT, "The ASEAN Defence Ministers' Meeting Working Group met first. Then the "
				+ "ADMM WG closed, before the ADMM opened."))
			.containsExactly("ASEAN Defence Ministers' Meeting Working Group [ASEAN Defence Ministers' Meeting Working "
					+ "Group, ADMM WG]", "ASEAN Defence Ministers' Meeting [ADMM]");
	}

	@Test
	void aPairOfPlacesWithoutTheHeadOfAnEventIsNoEvent() {
		assertThat(render(EntityType.EVENT, "Thailand-Malaysia relations and Thailand-Malaysia trade grew.")).isEmpty();
	}

	@Test
	void workingGroupsAreEventsNamedWithTheirTopic() {
		List<String> found = render(EntityType.EVENT, "The Experts' Working Group on Humanitarian Mine Action met.");

		assertThat(found).containsExactly(
				"Experts' Working Group on Humanitarian Mine Action [Experts' Working Group on Humanitarian Mine Action]");
	}

	@Test
	void warsNamedByTheirPlaceAreOneEvent() {
		assertThat(render(EntityType.EVENT, "The war in Ukraine weighed on talks; the Ukraine war, one said, and war "
				+ "in general."))
			.containsExactly("war in Ukraine [war in Ukraine, Ukraine war]");
	}

	@Test
	void daysKeptByANationAreEvents() {
		assertThat(render(EntityType.EVENT, "Troops rehearsed for the parade of National Day and for Armed Forces "
				+ "Day; the drill ended on Monday."))
			.containsExactly("National Day [National Day]", "Armed Forces Day [Armed Forces Day]");
	}

	@Test
	void aBarePlenarySessionOutsidePartyNewsIsNoEvent() {
		assertThat(render(EntityType.EVENT, "The first plenary session of the forum opened on time.")).isEmpty();
	}

	@Test
	void documentTitlesKeepTheirTopicTheirEditionAndANamedPolicy() {
		List<String> found = render(EntityType.LAW, "They signed a Memorandum of Understanding on Search and Rescue "
				+ "Cooperation and the Agreement on Mutual Legal Assistance in Civil Matters, launched the 2024 White Paper "
				+ "on National Defence and recalled the Look South policy. A Memorandum of Understanding was signed too.");

		assertThat(found).containsExactly(
				"Memorandum of Understanding on Search and Rescue Cooperation "
						+ "[Memorandum of Understanding on Search and Rescue Cooperation]",
				"Agreement on Mutual Legal Assistance in Civil Matters [Agreement on Mutual Legal Assistance in Civil Matters]",
				"White Paper on National Defence [2024 White Paper on National Defence]",
				"Look South Policy [Look South policy]");
	}

	@Test
	void aDocumentTitleMayHoldAList() {
		assertThat(render(EntityType.LAW, "Deputies debated the Law on Fisheries, Forestry Products and Marine "
				+ "Resources, then left."))
			.containsExactly("Law on Fisheries, Forestry Products and Marine Resources "
					+ "[Law on Fisheries, Forestry Products and Marine Resources]");
	}

	@Test
	void aDocumentTitleMayHaveAPurposeAndAPeriod() {
		assertThat(render(EntityType.LAW, "They recalled the 2009 Memorandum of Understanding for Promoting Maritime "
				+ "Cooperation and the Plan of Action for Border Security for 2021 - 2025. A Plan of Action was drafted."))
			.containsExactly("Memorandum of Understanding for Promoting Maritime Cooperation "
					+ "[2009 Memorandum of Understanding for Promoting Maritime Cooperation]",
					"Plan of Action for Border Security for 2021-2025 [Plan of Action for Border Security for 2021 - 2025]");
	}

	@Test
	void aSessionOfANumberedLegislatureInLowerCaseIsAnEvent() {
		assertThat(render(EntityType.EVENT, "Deputies met at the fifth session of the 14th legislature; the legislature "
				+ "then rested."))
			.containsExactly("fifth session of the 14th legislature [fifth session of the 14th legislature]");
	}

	@Test
	void aSessionOfABodyWrittenByItsAcronymIsAnEvent() {
		assertThat(render(EntityType.EVENT, "The bill goes to the seventh session of the 15th NA in May."))
			.containsExactly("seventh session of the 15th NA [seventh session of the 15th NA]");
	}

	@Test
	void aTitleThatIsAPositionIsNoDocument() {
		assertThat(render(EntityType.LAW, "The Deputy Secretary Strategy, Policy and Industry spoke.")).isEmpty();
	}

	@Test
	void provincesAreNamedWithTheirUnitWhereverTheUnitStands() {
		List<String> found = render(EntityType.LOCATION, "Troops from Quang Tri province met in the province of "
				+ "Khanh Hoa; Quang Tri hosted them again.");

		assertThat(found).containsExactly("Quang Tri Province [Quang Tri province, Quang Tri]",
				"Khanh Hoa Province [Khanh Hoa]");
	}

	@Test
	void venuesAndBorderGatesArePlaces() {
		assertThat(render(EntityType.LOCATION, "Delegates met at the Ariyana Convention Centre, then crossed at the "
				+ "Moc Bai International Border Gate."))
			.containsExactly("Ariyana Convention Centre [Ariyana Convention Centre]",
					"Moc Bai International Border Gate [Moc Bai International Border Gate]");
	}

	@Test
	void portsAndBasesArePlaces() {
		List<String> found = render(EntityType.LOCATION, "The frigate docked at Cam Ranh International Port and later "
				+ "at the Subic Naval Base.");

		assertThat(found).contains("Cam Ranh International Port [Cam Ranh International Port]",
				"Subic Naval Base [Subic Naval Base]");
		assertThat(render(EntityType.LOCATION, "The drill began at the Sattahip naval base in Thailand."))
			.containsExactly("Sattahip Naval Base [Sattahip naval base]", "Thailand [Thailand]");
	}

	@Test
	void unitsNumberedBeforeTheirHeadAndCommandsWithAComplementAreOrganisations() {
		List<String> found = render(EntityType.ORGANIZATION, "Officers of the 318 Brigade under the High Command of "
				+ "Signal Corps met; in 2024 Brigade leaders rested.");

		assertThat(found).containsExactly("318 Brigade [318 Brigade]",
				"High Command of Signal Corps [High Command of Signal Corps]");
	}

	@Test
	void aGenericMinistryOfAnotherCountryNamedAfterItIsThatCountrysBody() {
		List<String> found = render(EntityType.ORGANIZATION, "The talks were hosted by the Defence Ministry of Cambodia; "
				+ "the Defence Ministry of Vietnam sent a delegation.");

		assertThat(found).containsExactly("Ministry of Defence (Cambodia) [Defence Ministry]",
				"Ministry of National Defense [Defence Ministry]");
		assertThat(render(EntityType.LOCATION, "The talks were hosted by the Defence Ministry of Cambodia."))
			.containsExactly("Cambodia [Cambodia]");
	}

	@Test
	void anAcronymDefinedInTheArticleWinsOverWhatTheKnowledgeBaseKnowsByIt() {
		List<String> found = render(EntityType.ORGANIZATION, "The Armed Forces of the Philippines (AFP) held drills, "
				+ "and the AFP later thanked its partners.");

		assertThat(found).containsExactly("Armed Forces of the Philippines [Armed Forces of the Philippines, AFP]");
	}

	private static List<String> render(EntityType type, String text) {
		return EntityRendering.of(extractor, type, text, 2024);
	}

}
