package io.articleflow.extract.text;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleTextTests {

	@Test
	void tokenisesWordsNumbersAndPunctuationKeepingPossessivesApart() {
		// Given
		ArticleText article = ArticleText.of("Lao People's Army's 75th year. Dr. Ha met U.N. staff.");

		// When
		List<String> tokens = new ArrayList<>();
		for (int t = 0; t < article.size(); t++) {
			tokens.add(article.token(t));
		}

		// Then
		assertThat(tokens).containsExactly("Lao", "People", "'s", "Army", "'s", "75th", "year", ".", "Dr", ".", "Ha",
				"met", "U", ".", "N", ".", "staff", ".");
	}

	@Test
	void marksSentenceStartsButNotWordsAfterAbbreviations() {
		// Given
		ArticleText article = ArticleText.of("The talks ended. Dr. Lim said so.\nNew line");

		// Then: "The", "Dr" and "New" open sentences or lines; "Lim" follows an abbreviation
		assertThat(article.startsSentence(0)).isTrue();
		assertThat(article.token(4)).isEqualTo("Dr");
		assertThat(article.startsSentence(4)).isTrue();
		assertThat(article.token(6)).isEqualTo("Lim");
		assertThat(article.startsSentence(6)).isFalse();
		assertThat(article.token(10)).isEqualTo("New");
		assertThat(article.startsSentence(10)).isTrue();
	}

	@Test
	void foldsCaseAndDiacriticsWithoutChangingOffsets() {
		// Given
		String text = "Bộ Quốc phòng ĐÀ NẴNG";

		// When
		ArticleText article = ArticleText.of(text);

		// Then
		assertThat(article.folded()).hasSameSizeAs(text).isEqualTo("bo quoc phong da nang");
		assertThat(article.occursInLowerCase("phong")).isTrue();
		assertThat(article.occursInLowerCase("quoc")).isFalse();
	}

}
