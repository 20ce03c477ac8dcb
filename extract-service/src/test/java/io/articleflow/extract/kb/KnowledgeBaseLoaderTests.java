package io.articleflow.extract.kb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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

}
