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
				"LAW Decision 1236/QD-TTg [Decision 1236/QD-TTg]", "LAW Law No. 22/2018/QH14 [Law No. 22/2018/QH14]",
				"LAW Circular No. 05/2019/TT-BQP [Circular No. 05/2019/TT-BQP]");
	}

	@Test
	void groupsANumberedDocumentWrittenWithAndWithoutNoAndNamesItAsFirstWritten() {
		List<String> found = render("Decree 81/2024/ND-CP sets the fines. Decree No. 81/2024/ND-CP takes effect in July, "
				+ "as does Resolution 68-NQ/TW.");

		assertThat(found).containsExactly("LAW Decree 81/2024/ND-CP [Decree 81/2024/ND-CP, Decree No. 81/2024/ND-CP]",
				"LAW Resolution 68-NQ/TW [Resolution 68-NQ/TW]");
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
			.stream()
			.filter(e -> e.type() == EntityType.PERSON)
			.findFirst()
			.orElseThrow();

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
				"DATE 2026/2030 [2026-2030]", "DATE 2024-07-03 [03/07/2024]", "DATE 2024-05 [May 2024]");
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
				+ "Mekong Lancang Cooperation Forum, Phuoc Long district and the Ministry of Information and Communications "
				+ "were mentioned, as was the Law on Militia and Self-Defence Forces.");

		assertThat(found).containsExactly("EVENT Jakarta International Defence Dialogue [Jakarta International Defence Dialogue]",
				"ORGANIZATION Vietnam Peacekeeping Centre [Vietnam Peacekeeping Centre]",
				"EVENT Mekong Lancang Cooperation Forum [Mekong Lancang Cooperation Forum]",
				"LOCATION Phuoc Long District [Phuoc Long district]",
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

		// the knowledge base knows Indonesia's ministry: its entry; Thailand's it does not: the generic name, qualified
		assertThat(found).containsExactly("LOCATION Indonesia [Indonesia]",
				"ORGANIZATION Ministry of Defense (Indonesia) [Defence Ministry]",
				"ORGANIZATION Ministry of Defence (Thailand) [Thai Defence Ministry]",
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

	@Test
	void namesAgreementsTreatiesAndMemorandaButNotTheKindsOfDocument() {
		List<String> found = render("The Japan-Australia Reciprocal Access Agreement and the Treaty on the Delimitation of "
				+ "the Maritime Boundary took effect; unlike a Free Trade Agreement or a Memorandum of Understanding, the "
				+ "Memorandum of Understanding on Search and Rescue was renewed under the Law on Planning.");

		assertThat(found).containsExactly(
				"LAW Japan-Australia Reciprocal Access Agreement [Japan-Australia Reciprocal Access Agreement]",
				"LAW Treaty on the Delimitation of the Maritime Boundary [Treaty on the Delimitation of the Maritime Boundary]",
				"LAW Memorandum of Understanding on Search and Rescue [Memorandum of Understanding on Search and Rescue]",
				"LAW Law on Planning [Law on Planning]");
	}

	@Test
	void namesTheLegislaturesAndCourtsOfOtherCountries() {
		List<String> found = render("The Japanese Diet, the Dewan Rakyat and the Philippine Senate debated the pact, and "
				+ "the Thai Constitutional Court ruled on it.");

		assertThat(found).containsExactly("ORGANIZATION National Diet [Japanese Diet]",
				"ORGANIZATION Dewan Rakyat [Dewan Rakyat]", "ORGANIZATION Senate of the Philippines [Philippine Senate]",
				"ORGANIZATION Constitutional Court of Thailand [Thai Constitutional Court]");
	}

	@Test
	void findsPersonsAfterARoleWrittenInLowerCase() {
		List<Entity> found = extractor.extract(ArticleText.of("Thai navy spokesman Pokkrong Monthatphalin said his "
				+ "counterpart Julia Evans agreed."), 0);

		assertThat(found).extracting(Entity::canonicalName, Entity::role)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Pokkrong Monthatphalin", "spokesman"),
					org.assertj.core.groups.Tuple.tuple("Julia Evans", "counterpart"));
	}

	@Test
	void attachesARoleWrittenAfterTheNameToThePerson() {
		List<Entity> found = extractor.extract(ArticleText.of("Ngo Minh Tien, Deputy Director of the Foreign Relations "
				+ "Department, said the talks went well, while Anna Petrova, a researcher at the Lowy Institute, disagreed. "
				+ "Colonel Dinh Van Loc, head of the delegation, also spoke."), 0);

		assertThat(found).filteredOn(e -> e.type() == EntityType.PERSON)
			.extracting(Entity::canonicalName, Entity::role)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("Ngo Minh Tien", "Deputy Director of the Foreign Relations Department"),
					org.assertj.core.groups.Tuple.tuple("Anna Petrova", "researcher at the Lowy Institute"),
					org.assertj.core.groups.Tuple.tuple("Dinh Van Loc", "head of the delegation"));
	}

	@Test
	void findsTheNameAfterAReportingVerb() {
		assertThat(render("\"Trade will grow,\" said Daniel Ortiz, who leads the bank's research team."))
			.containsExactly("PERSON Daniel Ortiz [Daniel Ortiz]");
	}

	@Test
	void findsTheNameAfterAPositionThatEndsWithABodyOrAPlace() {
		List<String> found = render("Japanese Ambassador to Vietnam Ito Naoki met the UNDP Resident Representative in "
				+ "Viet Nam Ramla Khalidi.");

		assertThat(found).containsExactly("LOCATION Vietnam [Vietnam, Viet Nam]", "PERSON Ito Naoki [Ito Naoki]",
				"ORGANIZATION United Nations Development Programme [UNDP]", "PERSON Ramla Khalidi [Ramla Khalidi]");
	}

	@Test
	void separatesMalaysianHonorificsFromTheName() {
		List<String> found = render("Admiral Tan Sri Abdul Rahman Ayob met Datuk Seri Amirudin Shari and Dato' Sri Zambry "
				+ "Abdul Kadir.");

		assertThat(found).containsExactly("PERSON Abdul Rahman Ayob [Abdul Rahman Ayob]",
				"PERSON Amirudin Shari [Amirudin Shari]", "PERSON Zambry Abdul Kadir [Zambry Abdul Kadir]");
	}

	@Test
	void keepsARoyalTitleWithASingleNameAndNamesKnownMonarchsAsTheKnowledgeBaseDoes() {
		List<String> found = render("Prime Minister Anwar Ibrahim and King Sihamoni received Sultan Nazrin.");

		assertThat(found).containsExactly("PERSON Anwar Ibrahim [Anwar Ibrahim]",
				"PERSON Norodom Sihamoni [King Sihamoni]", "PERSON Sultan Nazrin [Sultan Nazrin]");
	}

	@Test
	void keepsHyphenatedAndVietnameseNamesWhole() {
		List<String> found = render("Coach Kim Sang-sik thanked Dr. Nguyễn Hữu Đức and Luu Quang Huy.");

		assertThat(found).containsExactly("PERSON Kim Sang-sik [Kim Sang-sik]", "PERSON Nguyễn Hữu Đức [Nguyễn Hữu Đức]",
				"PERSON Luu Quang Huy [Luu Quang Huy]");
	}

	@Test
	void takesCreditsFromLabelledLinesButNotDatesOrWeekdays() {
		List<String> found = render("Posted at 8:14 PM September 11, 2025\n\nReporter: Nguyen Thi Lan\nEditor: Karen Lim\n"
				+ "WRITER: Somchai Jaidee\n\nBy Hoang Ha   May 3, 2024\n\nBy Friday, the river had risen.", 2025);

		assertThat(found).containsExactly("DATE 2025-09-11 [September 11, 2025]", "PERSON Nguyen Thi Lan [Nguyen Thi Lan]",
				"PERSON Karen Lim [Karen Lim]", "PERSON Somchai Jaidee [Somchai Jaidee]", "PERSON Hoang Ha [Hoang Ha]",
				"DATE 2024-05-03 [May 3, 2024]");
	}

	@Test
	void takesASignatureLineOfVietnameseNamesAndNothingElse() {
		assertThat(render("The fair closed on Sunday.\n\nThu Ha - Quang Vinh / VNA")).containsExactly(
				"PERSON Thu Ha [Thu Ha]", "PERSON Quang Vinh [Quang Vinh]", "ORGANIZATION Vietnam News Agency [VNA]");
		assertThat(render("The fair closed on Sunday.\n\nSee More Photos")).isEmpty();
	}

	@Test
	void readsAPlaceBeforeALowerCaseUnitAsThePlaceAndNamesAProvinceWithItsUnit() {
		List<String> found = render("They went to Bo Y border gate, Ba Na village and the Vietnamese province of Quang "
				+ "Tri, not to a Chinese province.");

		assertThat(found).containsExactly("LOCATION Bo Y [Bo Y]", "LOCATION Ba Na [Ba Na]",
				"LOCATION Quang Tri Province [Quang Tri]");
	}

	@Test
	void findsNumberedSittingsOfStandingBodiesButNotOfAnythingElse() {
		List<String> found = render("The ninth plenum of the 13th Party Central Committee, also called the ninth plenary "
				+ "session, ended before the sixth session of the 15th National Assembly; the second session of the course "
				+ "was cancelled.");

		assertThat(found).containsExactly(
				"EVENT ninth plenum of the 13th Party Central Committee [ninth plenum of the 13th Party Central Committee, ninth plenary session]",
				"EVENT sixth session of the 15th National Assembly [sixth session of the 15th National Assembly]");
	}

	@Test
	void namesStormsExchangesAndRetreatsByTheirHeads() {
		List<String> found = render("After Typhoon Noru and Tropical Storm Trami, the Thailand-Cambodia Border Friendship "
				+ "Exchange and the BIMSTEC Foreign Ministers' Retreat went ahead; Storm Shadow missiles were not discussed.");

		assertThat(found).containsExactly("EVENT Typhoon Noru [Typhoon Noru]", "EVENT Tropical Storm Trami [Tropical Storm Trami]",
				"EVENT Thailand-Cambodia Border Friendship Exchange [Thailand-Cambodia Border Friendship Exchange]",
				"EVENT BIMSTEC Foreign Ministers' Retreat [BIMSTEC Foreign Ministers' Retreat]");
	}

	@Test
	void joinsACountryPairWrittenWithSpacesAroundTheDash() {
		assertThat(render("The 5th Vietnam - Indonesia Defence Policy Dialogue opened.")).containsExactly(
				"EVENT Vietnam-Indonesia Defence Policy Dialogue [5th Vietnam - Indonesia Defence Policy Dialogue]");
	}

	@Test
	void joinsWordsWithAndIntoANameOnlyWhenTheyNameNothingOfTheirOwn() {
		List<String> found = render("The Regional Search and Rescue Coordination Centre called VietCapital and Maybank "
				+ "Securities.");

		assertThat(found).containsExactly(
				"ORGANIZATION Regional Search and Rescue Coordination Centre [Regional Search and Rescue Coordination Centre]",
				"ORGANIZATION Maybank Securities [Maybank Securities]");
	}

	@Test
	void namesNumberedHospitalsAndTheirRotations() {
		assertThat(render("Military Hospital 103 and Level-2 Field Hospital No. 3 treated the wounded.")).containsExactly(
				"ORGANIZATION Military Hospital 103 [Military Hospital 103]",
				"ORGANIZATION Level-2 Field Hospital No. 3 [Level-2 Field Hospital No. 3]");
	}

	@Test
	void doesNotNameTheGenericPartyOfANation() {
		assertThat(render("He was the first Vietnamese Party leader to visit.")).isEmpty();
	}

	@Test
	void datesDaysWithoutAYearByTheFirstFullDateWhenThePublicationYearIsUnknown() {
		assertThat(render("The storm hit on September 7, 2024, and the floods peaked on September 10.", 0))
			.containsExactly("DATE 2024-09-07 [September 7, 2024]", "DATE 2024-09-10 [September 10]");
	}

	@Test
	void datesARangeOfMonthsAndARangeOfDaysWithoutAYearAsOneIntervalEach() {
		assertThat(render("Congresses run from August to October 2025; the talks were on February 25-26.", 2025))
			.containsExactly("DATE 2025-08/2025-10 [August to October 2025]",
					"DATE 2025-02-25/2025-02-26 [February 25-26]");
	}

	@Test
	void separatesABodyFromTheVietnameseNameWrittenRightAfterIt() {
		List<String> found = render("Chairman of the Da Nang People's Committee Lương Minh Sâm met the People's Committee "
				+ "of the commune.");

		assertThat(found).containsExactly("ORGANIZATION Da Nang People's Committee [Da Nang People's Committee]",
				"PERSON Lương Minh Sâm [Lương Minh Sâm]");
	}

	@Test
	void leavesTheWordThatOpensASentenceOutOfTheNameAfterIt() {
		List<String> found = render("Ships arrived. Visiting Indian Navy ships docked at Cam Ranh. Following Vietnam Coast "
				+ "Guard patrols, several Thai Army officers left. Royal Thai Navy ships stayed.");

		assertThat(found).containsExactly("ORGANIZATION Indian Navy [Indian Navy]", "LOCATION Cam Ranh [Cam Ranh]",
				"ORGANIZATION Vietnam Coast Guard [Vietnam Coast Guard]", "ORGANIZATION Thai Army [Thai Army]",
				"ORGANIZATION Royal Thai Navy [Royal Thai Navy]");
	}

	@Test
	void namesABodyOfAPlaceWhoseNameHasSeveralWords() {
		List<String> found = render("The Quang Ninh Department of Tourism and the Ho Chi Minh City Department of "
				+ "Transport met.");

		assertThat(found).containsExactly(
				"ORGANIZATION Quang Ninh Department of Tourism [Quang Ninh Department of Tourism]",
				"ORGANIZATION Ho Chi Minh City Department of Transport [Ho Chi Minh City Department of Transport]");
	}

	@Test
	void namesPoliciesAndStatementsWithTheirHorizonButNotGenericOnes() {
		List<String> found = render("The Look West Policy and the Joint Statement on Vietnam-Japan Partnership towards "
				+ "2035 differ from a National Defence Policy.");

		assertThat(found).containsExactly("LAW Look West Policy [Look West Policy]",
				"LAW Joint Statement on Vietnam-Japan Partnership towards 2035 [Joint Statement on Vietnam-Japan Partnership towards 2035]",
				"DATE 2035 [2035]");
	}

	@Test
	void namesServicesEmbassiesAndHospitalsNamedByTheirRemit() {
		List<String> found = render("The Digital and Intelligence Service, the Japanese Embassy and the National Hospital "
				+ "for Paediatrics signed.");

		assertThat(found).containsExactly("ORGANIZATION Digital and Intelligence Service [Digital and Intelligence Service]",
				"ORGANIZATION Japanese Embassy [Japanese Embassy]",
				"ORGANIZATION National Hospital for Paediatrics [National Hospital for Paediatrics]");
	}

	@Test
	void datesAMonthAloneThatPlacesAnEventInThePublicationYear() {
		List<String> found = render("Talks began in July and resume in mid-March; they may end in late September, "
				+ "unlike those in May last year.", 2025);

		assertThat(found).containsExactly("DATE 2025-07 [July]", "DATE 2025-03 [mid-March]", "DATE 2025-09 [late September]",
				"DATE 2024-05 [May last year]");
	}

	@Test
	void readsAPositionOfSeveralLinksAndAnMpTitle() {
		List<Entity> found = extractor.extract(ArticleText.of("Minister of State for Foreign Affairs Gan Siow Huang and "
				+ "Opposition MP Sylvia Lim spoke."), 0);

		assertThat(found).extracting(Entity::canonicalName, Entity::role)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Gan Siow Huang", "Minister of State for Foreign Affairs"),
					org.assertj.core.groups.Tuple.tuple("Sylvia Lim", "MP"));
	}

	@Test
	void takesTheWritersNameAboveTheRoleThatClosesTheArticle() {
		List<Entity> found = extractor.extract(ArticleText.of("Read the full text of the speech online and more.\n\n"
				+ "Tan Hui Yee\nRegional Correspondent"), 0);

		assertThat(found).extracting(Entity::canonicalName, Entity::role)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Tan Hui Yee", "Regional Correspondent"));
		assertThat(render("Read the full text of the speech online and more.\n\nMaria Santos-Reyes"))
			.containsExactly("PERSON Maria Santos-Reyes [Maria Santos-Reyes]");
		assertThat(render("Read the full text of the speech online and more.\n\nRead More")).isEmpty();
	}

	@Test
	void findsAnEnvoyNamedAfterTheCountryOfTheMission() {
		assertThat(render("The special envoy on Cambodia Juan Perez and economist Cấn Văn Lực met.")).containsExactly(
				"LOCATION Cambodia [Cambodia]", "PERSON Juan Perez [Juan Perez]", "PERSON Cấn Văn Lực [Cấn Văn Lực]");
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
