package io.articleflow.extract.kb;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FuzzyNameIndexTests {

	private final FuzzyNameIndex index = new FuzzyNameIndex(KnowledgeBaseLoader.builtIn());

	@Test
	void findsLongNamesDespiteOneTypingErrorButNotTwo() {
		assertThat(index.lookup("indnesain national armed forces").map(KbEntry::canonicalName)).isEmpty();
		assertThat(index.lookup("indonesian natonal armed forces").map(KbEntry::canonicalName))
			.contains("Indonesian National Armed Forces");
		assertThat(index.lookup("royal cambodiann armed forces").map(KbEntry::canonicalName))
			.contains("Royal Cambodian Armed Forces");
		assertThat(index.lookup("gulf of thailnd").map(KbEntry::canonicalName)).contains("Gulf of Thailand");
	}

	@Test
	void findsANameWithOneCharacterTooManyAtEitherEndOrInside() {
		for (String typed : List.of("xgulf of thailand", "gulf of thailandx", "gulf oof thailand", "gulf of thailanx")) {
			assertThat(index.lookup(typed).map(KbEntry::canonicalName)).as(typed).contains("Gulf of Thailand");
		}
	}

	@Test
	void leavesShortNamesAlone() {
		assertThat(index.lookup("hanoii")).isEmpty();
		assertThat(index.lookup("laoss")).isEmpty();
		assertThat(index.lookup("da nag")).isEmpty();
	}

}
