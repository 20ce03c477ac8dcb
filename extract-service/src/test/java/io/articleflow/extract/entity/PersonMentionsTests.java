package io.articleflow.extract.entity;

import java.util.List;

import io.articleflow.extract.kb.KnowledgeBaseLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How persons are written in the news, on sentences written for these tests: initials, suffixes, patronymics,
 * honorifics, appositions, and the names that are not persons (ships, plural heads, headline verbs).
 */
class PersonMentionsTests {

	private static EntityExtractor extractor;

	@BeforeAll
	static void loadKnowledgeBase() {
		extractor = new EntityExtractor(KnowledgeBaseLoader.builtIn());
	}

	@Test
	void keepsMiddleInitialsAndSuffixesInTheMentionAndGroupsTheFamilyNameWithIt() {
		List<String> found = persons("Minister Orville T. Brandywine Jr. arrived on Monday. Brandywine said the talks "
				+ "went well, and Senator Marcus Q. Fenwick III agreed.");

		assertThat(found).containsExactly("Orville T. Brandywine Jr. [Orville T. Brandywine Jr., Brandywine]",
				"Marcus Q. Fenwick III [Marcus Q. Fenwick III]");
	}

	@Test
	void findsPersonsThatNothingAnnouncesByTheirGivenName() {
		List<String> found = persons("Talks went on late. Later Hugh Pemberton and Margaret Olsen-Wray joined, while "
				+ "Will Tran stayed away from Peter Cooper Village.");

		assertThat(found).containsExactly("Hugh Pemberton [Hugh Pemberton]", "Margaret Olsen-Wray [Margaret Olsen-Wray]");
	}

	@Test
	void readsInitialsWrittenWithoutADot() {
		assertThat(persons("The ceremony was presided over by Admiral Walter K Brennan and envoy Carla M Ostrowski."))
			.containsExactly("Walter K Brennan [Walter K Brennan]", "Carla M Ostrowski [Carla M Ostrowski]");
	}

	@Test
	void readsMalayAndBruneianNamesWithTheirHonorificsAndTheFathersName() {
		List<String> found = persons("Minister Dato Seri Azlan Tun Rahmat met Dato Seri Pahlawan Faizal Iskandar Bin Haji "
				+ "Osman in Bandar Seri Begawan.");

		assertThat(found).containsExactly("Azlan Tun Rahmat [Azlan Tun Rahmat]",
				"Faizal Iskandar Bin Haji Osman [Faizal Iskandar Bin Haji Osman]");
	}

	@Test
	void readsBothNamesOfACreditAndAChineseFamilyNameThatIsAlsoAPronoun() {
		List<String> found = persons("Navies meet in Qingdao\n\nBy He Lanting and Sun Meiqi\n\nThe drills began. He said "
				+ "little, and the talks went on.");

		assertThat(found).containsExactly("He Lanting [He Lanting]", "Sun Meiqi [Sun Meiqi]");
	}

	@Test
	void separatesAPersonNamedRightAfterTheBodyTheyChair() {
		assertThat(persons("The Chairman of the Committee for Culture and Education Bui Van Cuong opened the debate."))
			.containsExactly("Bui Van Cuong [Bui Van Cuong]");
	}

	@Test
	void aOneWordPlaceThatEndsAPersonsNameRefersToThePersonWhenItStandsAlone() {
		List<String> found = persons("Chairman Vuong Dinh Hue visited Hanoi.\n\nHue stressed the bill's importance, "
				+ "and later flew to Hue.");

		assertThat(found).containsExactly("Vuong Dinh Hue [Vuong Dinh Hue, Hue]");
	}

	@Test
	void readsPatronymicsAndHonorificsOfMalayAndIndianNames() {
		List<String> found = persons("The Deputy Secretary-General, YBrs Tuan Ahmad Zaki bin Rahmat, and Defence "
				+ "Secretary Shri Arvind Kumar Desai attended.");

		assertThat(found).containsExactly("Ahmad Zaki bin Rahmat [Ahmad Zaki bin Rahmat]",
				"Arvind Kumar Desai [Arvind Kumar Desai]");
	}

	@Test
	void findsTheHolderOfARoleWrittenBeforeTheNameBetweenCommas() {
		List<String> found = persons("The dialogue was co-chaired by the Deputy Secretary for Policy, Planning and "
				+ "Industry at the Department of Defence, Gwendolyn Arbuckle, who welcomed the guests.");

		assertThat(found).containsExactly("Gwendolyn Arbuckle [Gwendolyn Arbuckle]");
	}

	@Test
	void abbreviatedRanksDoNotBreakTheNameAfterThem() {
		List<String> found = persons("Sen. Lieut. Gen. Truong Minh Khoa met Lt. Gen. Bach Van Tien and Rear Adm. "
				+ "Quach Thanh Son.");

		assertThat(found).containsExactly("Truong Minh Khoa [Truong Minh Khoa]", "Bach Van Tien [Bach Van Tien]",
				"Quach Thanh Son [Quach Thanh Son]");
	}

	@Test
	void shipsNamedAfterPeopleAreNoPersons() {
		List<String> found = persons("The navy sent its 016 Ly Thuong Kiet frigate, while the ship Nguyen Van Troi 301 "
				+ "and BRP Lorenzo Castillo docked in Manila.");

		assertThat(found).isEmpty();
	}

	@Test
	void pluralHeadsAndHeadlineVerbsAfterTitlesAreNoPersons() {
		List<String> found = persons("Defence Minister Strengthens Ties With Neighbours\n\nThe General Departments of "
				+ "Logistics of the two armies signed a plan.");

		assertThat(found).isEmpty();
	}

	private static List<String> persons(String text) {
		return EntityRendering.of(extractor, io.articleflow.common.event.EntityType.PERSON, text, 0);
	}

}
