package io.articleflow.extract.nlp;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceOpeningsTests {

	private final SentenceOpenings openings = SentenceOpenings.shared();

	@Test
	void tellsAVerbOrAdverbOpeningASentenceFromTheStartOfAName() {
		String text = "The ships left. Visiting Indian Navy ships docked. Royal Thai Navy ships stayed. Recently Vietnam "
				+ "Coast Guard vessels came.";

		assertThat(this.openings.opensWithWordOutsideNames(text, text.indexOf("Visiting"))).isTrue();
		assertThat(this.openings.opensWithWordOutsideNames(text, text.indexOf("Recently"))).isTrue();
		assertThat(this.openings.opensWithWordOutsideNames(text, text.indexOf("Royal"))).isFalse();
	}

	@Test
	void answersOnlyForTheFirstWordOfASentence() {
		String text = "Officials said Visiting Indian Navy ships docked.";

		assertThat(this.openings.opensWithWordOutsideNames(text, text.indexOf("Visiting"))).isFalse();
	}

}
