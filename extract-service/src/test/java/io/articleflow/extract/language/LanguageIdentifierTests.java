package io.articleflow.extract.language;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageIdentifierTests {

	@Test
	void englishProseIsToldByItsFunctionWordsWithoutTheModel() {
		assertThat(LanguageIdentifier.isEnglishProse(
				"The minister said that the two sides have agreed to expand cooperation with the region.")).isTrue();
	}

	@Test
	void oneOrTwoEnglishWordsInOtherProseDoNotMakeItEnglish() {
		String french = "Le ministre a reçu la délégation du Vietnam pour parler de The Diplomat et de la coopération.";
		assertThat(LanguageIdentifier.isEnglishProse(french)).isFalse();
		assertThat(new LanguageIdentifier().identify(french)).isEqualTo("fra");
	}

	@Test
	void vietnameseIsStillToldByTheModel() {
		assertThat(new LanguageIdentifier().identify(
				"Bộ trưởng Bộ Quốc phòng đã tiếp đoàn đại biểu quân sự cấp cao của nước bạn tại Hà Nội sáng nay."))
			.isEqualTo("vie");
	}

}
