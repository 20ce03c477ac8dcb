package io.articleflow.extract.kb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.articleflow.common.event.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class KnowledgeBaseLoaderTests {

	@Test
	void loadsTheBuiltInKnowledgeBaseWithItsVersion() {
		// When
		KnowledgeBase kb = KnowledgeBaseLoader.builtIn();

		// Then
		assertThat(kb.version()).matches("\\d{4}\\.\\d{1,2}\\.\\d+");
		assertThat(kb.byName("Viet Nam People's Army")).get()
			.satisfies(e -> {
				assertThat(e.id()).isEqualTo("organization:vietnam-peoples-army");
				assertThat(e.type()).isEqualTo(EntityType.ORGANIZATION);
				assertThat(e.acronym()).isEqualTo("VPA");
			});
		assertThat(kb.byName("Bộ Quốc phòng").map(KbEntry::canonicalName)).contains("Ministry of National Defense");
		assertThat(kb.byName("Bo Quoc phong").map(KbEntry::canonicalName)).contains("Ministry of National Defense");
		assertThat(kb.byName("ASEAN Defense Ministers Meeting").map(KbEntry::canonicalName))
			.contains("ASEAN Defence Ministers' Meeting");
	}

	@Test
	void coversEveryMemberStateOfTheUnitedNations() {
		KnowledgeBase kb = KnowledgeBaseLoader.builtIn();
		long countries = kb.entries().stream().filter(e -> e.type() == EntityType.LOCATION).count();
		assertThat(countries).isGreaterThan(300);
		assertThat(kb.byName("Timor-Leste")).isPresent();
		assertThat(kb.byName("Eswatini")).isPresent();
		assertThat(kb.byName("Saint Vincent and the Grenadines")).isPresent();
	}

	@Test
	void fillsTheGapsWithTheGazetteersPlaces() {
		// When
		KnowledgeBase kb = KnowledgeBaseLoader.builtIn();

		// Then countries, territories and cities the curated files lack are locations
		assertThat(kb.byName("Puerto Rico")).get().satisfies(e -> {
			assertThat(e.id()).isEqualTo("location:puerto-rico");
			assertThat(e.type()).isEqualTo(EntityType.LOCATION);
		});
		for (String place : List.of("Greenland", "New Caledonia", "Mawlamyine", "Kaohsiung", "Balikpapan", "Ansan")) {
			assertThat(kb.byName(place).map(KbEntry::type)).as(place).contains(EntityType.LOCATION);
		}
		assertThat(kb.byName("Köln").map(KbEntry::canonicalName)).contains("Cologne");
		assertThat(kb.byName("United States Virgin Islands").map(KbEntry::acronyms)).contains(List.of());
		// and a curated country gains the official name it lacked
		assertThat(kb.byName("Syrian Arab Republic").map(KbEntry::id)).contains("location:syria");
	}

	@Test
	void keepsEveryCuratedEntryAsItIsListed() {
		// Given the curated files alone
		Map<String, KbEntry> curated = new LinkedHashMap<>();
		for (String file : List.of("locations", "organizations", "events", "laws", "persons")) {
			KnowledgeBaseLoader.parse(file, resource("/kb/" + file + ".tsv"), curated);
		}

		// When the built-in knowledge base, gazetteers included, is loaded
		KnowledgeBase kb = KnowledgeBaseLoader.builtIn();

		// Then each curated entry keeps its canonical name, aliases (first, in order) and acronyms, and each of its names
		// still leads to the entity it led to
		for (KbEntry entry : curated.values()) {
			KbEntry loaded = kb.byId(entry.id()).orElseThrow();
			assertThat(loaded.canonicalName()).isEqualTo(entry.canonicalName());
			assertThat(loaded.aliases().subList(0, entry.aliases().size())).isEqualTo(entry.aliases());
			assertThat(loaded.acronyms().subList(0, entry.acronyms().size())).isEqualTo(entry.acronyms());
		}
		new KnowledgeBase("curated", curated.values()).foldedNames()
			.forEach((name, entry) -> assertThat(kb.byName(name).map(KbEntry::id)).as(name).contains(entry.id()));
		assertThat(kb.byName("Bengaluru").map(KbEntry::canonicalName)).contains("Bangalore");
		assertThat(kb.byName("Vietnam").map(KbEntry::aliases)).contains(curated.get("location:vietnam").aliases());
		assertThat(kb.entries()).hasSizeGreaterThan(curated.size() + 1000);
	}

	@Test
	void takesNoNationalityAdjectiveCommonWordOrGivenNameForAPlace() {
		KnowledgeBase kb = KnowledgeBaseLoader.builtIn();

		for (String word : List.of("Vietnamese", "French", "American", "Filipino", "Syrian", "Victoria", "Charlotte",
				"Florence", "Lima", "Santos", "Mendoza", "Male", "Batman", "Jersey", "Reunion", "Vinh", "Sale")) {
			assertThat(kb.byName(word).filter(e -> e.type() == EntityType.LOCATION)).as(word).isEmpty();
		}
	}

	@Test
	void mergesAnOperatorFileOverTheBuiltInOne(@TempDir Path dir) throws IOException {
		// Given an operator file that renames a known entity and adds a new one
		Path file = dir.resolve("ops.tsv");
		Files.writeString(file, """
				# operator additions
				ORGANIZATION\tVietnam People's Army\tPeople's Army|Quan doi Nhan dan Viet Nam\tVPA\t\t\torganization:vietnam-peoples-army
				EVENT\tMekong-Lancang Defence Dialogue\t\tMLDD\t\tseries
				""");

		// When
		KnowledgeBase kb = KnowledgeBaseLoader.load(file);

		// Then
		assertThat(kb.version()).matches("\\d{4}\\.\\d{1,2}\\.\\d+\\+ops\\.[0-9a-f]{8}");
		assertThat(kb.byName("Quan doi Nhan dan Viet Nam").map(KbEntry::id)).contains("organization:vietnam-peoples-army");
		assertThat(kb.byName("MLDD")).get().satisfies(e -> {
			assertThat(e.id()).isEqualTo("event:mekong-lancang-defence-dialogue");
			assertThat(e.has(KbFlag.SERIES)).isTrue();
		});
		assertThat(kb.byName("People's Army of Vietnam")).isEmpty();
	}

	@Test
	void namesTheFileAndLineOfAMalformedEntry(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("bad.tsv");
		Files.writeString(file, "LOCATION\tMekong Delta\n\nPLANET\tMars\n");

		assertThatIllegalArgumentException().isThrownBy(() -> KnowledgeBaseLoader.load(file))
			.withMessageContaining("bad.tsv:3");
	}

	@Test
	void refusesAMissingOperatorFile(@TempDir Path dir) {
		assertThatIllegalArgumentException().isThrownBy(() -> KnowledgeBaseLoader.load(dir.resolve("absent.tsv")))
			.withMessageContaining("absent.tsv");
	}

	private static String resource(String name) {
		try (InputStream in = KnowledgeBaseLoaderTests.class.getResourceAsStream(name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
