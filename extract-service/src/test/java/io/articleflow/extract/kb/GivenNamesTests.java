package io.articleflow.extract.kb;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class GivenNamesTests {

	@Test
	void knowsCommonEnglishGivenNamesWrittenAsNames() {
		// When
		GivenNames names = GivenNames.builtIn();

		// Then
		assertThat(names.size()).isGreaterThan(7000);
		assertThat(names.contains("Lloyd")).isTrue();
		assertThat(names.contains("Antony")).isTrue();
		assertThat(names.contains("Margaret")).isTrue();
		assertThat(names.contains("MARGARET")).isTrue();
		assertThat(names.contains("Zoë")).isTrue();
	}

	@Test
	void wantsACapitalInitial() {
		GivenNames names = GivenNames.builtIn();

		assertThat(names.contains("lloyd")).isFalse();
		assertThat(names.contains("")).isFalse();
		assertThat(names.contains(null)).isFalse();
	}

	@Test
	void doesNotTakeVietnameseNamesPlacesOrWordsForEnglishGivenNames() {
		GivenNames names = GivenNames.builtIn();

		assertThat(names.contains("Nguyen")).isFalse();
		assertThat(names.contains("Giang")).isFalse();
		assertThat(names.contains("Hanoi")).isFalse();
		assertThat(names.contains("Ministry")).isFalse();
		assertThat(names.contains("The")).isFalse();
	}

	@Test
	void marksGivenNamesThatAreAlsoCommonWords() {
		GivenNames names = GivenNames.builtIn();

		assertThat(names.isAlsoWord("May")).isTrue();
		assertThat(names.isAlsoWord("Will")).isTrue();
		assertThat(names.isAlsoWord("Grace")).isTrue();
		assertThat(names.isAlsoWord("Lloyd")).isFalse();
		assertThat(names.isAlsoWord("Ministry")).isFalse();
		assertThat(names.isNameOnly("lloyd")).isTrue();
		assertThat(names.isNameOnly("will")).isFalse();
		assertThat(names.isNameOnly("ministry")).isFalse();
	}

	@Test
	void loadsOnce() {
		assertThat(GivenNames.builtIn()).isSameAs(GivenNames.builtIn());
	}

	@Test
	void namesTheLineOfAMalformedEntry() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> GivenNames.parse("names.tsv", "# header\nanna\nBob\n"))
			.withMessageContaining("names.tsv:3");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> GivenNames.parse("names.tsv", "may\tverb\n"))
			.withMessageContaining("names.tsv:1");
	}

	@Test
	void parsesNamesAndWordMarks() {
		GivenNames names = GivenNames.parse("names.tsv", "# header\nanna\nmay\tword\n\nzoe\n");

		assertThat(names.size()).isEqualTo(3);
		assertThat(names.contains("Anna")).isTrue();
		assertThat(names.isAlsoWord("May")).isTrue();
		assertThat(names.isAlsoWord("Anna")).isFalse();
		assertThat(names.contains("Zoë")).isTrue();
	}

}
