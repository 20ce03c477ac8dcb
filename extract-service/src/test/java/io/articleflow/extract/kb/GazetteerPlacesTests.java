package io.articleflow.extract.kb;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.articleflow.common.event.EntityType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class GazetteerPlacesTests {

	private static final String CURATED = """
			LOCATION\tSyria
			LOCATION\tGeorgetown\tGeorge Town
			ORGANIZATION\tSantos\t\t\t\t\torganization:santos-fc
			""";

	@Test
	void addsPlacesTheKnowledgeBaseDoesNotNameAsLocations() {
		// Given a curated base and a gazetteer with a new country and a new city
		Map<String, KbEntry> entries = curated();
		List<GazetteerPlaces.Place> places = List.of(
				country("PR", "Puerto Rico", "Commonwealth of Puerto Rico", ""),
				city("Mawlamyine", "Moulmein"));

		// When
		int added = GazetteerPlaces.mergeInto(entries, places);

		// Then both are locations of their own, with their aliases
		assertThat(added).isEqualTo(2);
		assertThat(entries.get("location:puerto-rico")).satisfies(e -> {
			assertThat(e.type()).isEqualTo(EntityType.LOCATION);
			assertThat(e.canonicalName()).isEqualTo("Puerto Rico");
			assertThat(e.aliases()).containsExactly("Commonwealth of Puerto Rico");
			assertThat(e.wikidataId()).isNull();
		});
		assertThat(entries.get("location:mawlamyine").aliases()).containsExactly("Moulmein");
	}

	@Test
	void lendsACuratedCountryTheNamesItLacksAndKeepsItsOwn() {
		// Given the curated "Syria" and a gazetteer country named "Syria" and "Syrian Arab Republic"
		Map<String, KbEntry> entries = curated();

		// When
		GazetteerPlaces.mergeInto(entries, List.of(country("SY", "Syria", "Syrian Arab Republic", "SAR")));

		// Then the curated entry stays, with the missing names added
		assertThat(entries.get("location:syria")).satisfies(e -> {
			assertThat(e.canonicalName()).isEqualTo("Syria");
			assertThat(e.aliases()).containsExactly("Syrian Arab Republic");
			assertThat(e.acronyms()).containsExactly("SAR");
		});
		assertThat(entries).hasSize(3);
	}

	@Test
	void leavesOutACityThatSharesANameWithAnyKnownEntry() {
		// Given cities named like a curated location's alias and like a curated organisation
		Map<String, KbEntry> entries = curated();
		Map<String, KbEntry> before = new LinkedHashMap<>(entries);

		// When
		int added = GazetteerPlaces.mergeInto(entries,
				List.of(city("George Town", "Penang"), city("Santos", ""), city("SANTOS", "")));

		// Then nothing changes: curated names keep their entities, cities lend no names
		assertThat(added).isZero();
		assertThat(entries).isEqualTo(before);
	}

	@Test
	void leavesOutACountryWhoseNamesPointAtTwoKnownEntries() {
		Map<String, KbEntry> entries = curated();
		Map<String, KbEntry> before = new LinkedHashMap<>(entries);

		GazetteerPlaces.mergeInto(entries, List.of(country("XX", "Syria", "Georgetown|Syrian Arab Republic", "")));

		assertThat(entries).isEqualTo(before);
	}

	@Test
	void keepsTheFirstOfTwoGazetteerPlacesWithTheSameName() {
		Map<String, KbEntry> entries = curated();

		GazetteerPlaces.mergeInto(entries, List.of(country("PR", "Puerto Rico", "", ""), city("Puerto Rico", "")));

		assertThat(entries.values().stream().filter(e -> e.canonicalName().equals("Puerto Rico"))).hasSize(1);
	}

	@Test
	void parsesCountryAndCityFiles() {
		List<GazetteerPlaces.Place> countries = GazetteerPlaces.parse("countries.tsv", """
				# header
				AE\tUnited Arab Emirates\t\tUAE
				VI\tUnited States Virgin Islands\tU.S. Virgin Islands|US Virgin Islands
				""", true);
		List<GazetteerPlaces.Place> cities = GazetteerPlaces.parse("cities.tsv", "Cologne\tKöln\tDE\t963395\n", false);

		assertThat(countries).containsExactly(
				new GazetteerPlaces.Place("United Arab Emirates", List.of(), List.of("UAE"), true),
				new GazetteerPlaces.Place("United States Virgin Islands",
						List.of("U.S. Virgin Islands", "US Virgin Islands"), List.of(), true));
		assertThat(cities).containsExactly(new GazetteerPlaces.Place("Cologne", List.of("Köln"), List.of(), false));
	}

	@Test
	void namesTheFileAndLineOfAMalformedPlace() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> GazetteerPlaces.parse("cities.tsv", "# header\nCologne\tKöln\n\tDE\t1\n", false))
			.withMessage("cities.tsv:3: expected a canonical name in column 1");
	}

	private static Map<String, KbEntry> curated() {
		Map<String, KbEntry> entries = new LinkedHashMap<>();
		KnowledgeBaseLoader.parse("curated.tsv", CURATED, entries);
		return entries;
	}

	private static GazetteerPlaces.Place country(String code, String name, String aliases, String acronyms) {
		return GazetteerPlaces.parse("countries.tsv", code + "\t" + name + "\t" + aliases + "\t" + acronyms, true).get(0);
	}

	private static GazetteerPlaces.Place city(String name, String aliases) {
		return GazetteerPlaces.parse("cities.tsv", name + "\t" + aliases + "\tXX\t1000000", false).get(0);
	}

}
