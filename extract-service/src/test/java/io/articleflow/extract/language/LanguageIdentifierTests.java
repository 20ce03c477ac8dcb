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
	void englishWrittenInNounPhrasesIsToldByItsRepeatedFunctionWords() {
		String nounPhrases = "Strengthening of the defence cooperation and the international integration of the "
				+ "armed forces and the defence industry, in line with the strategy and the resolution of the congress.";
		assertThat(LanguageIdentifier.isEnglishProse(nounPhrases)).isTrue();
	}

	@Test
	void theLongerOpeningOfTheParagraphIsLookedThroughForEnglishWords() {
		String opening = "Defence diplomacy: multilateral mechanisms, regional security forums, joint exercises. ";
		String text = "HEADLINE\n" + opening.repeat(2) + "Officials said they would expand the programme, which "
				+ "has been running since 2019, into other provinces.";
		assertThat(LanguageIdentifier.isEnglishProse(LanguageIdentifier.sample(text))).isFalse();
		assertThat(LanguageIdentifier.prose(text)).startsWith(opening).contains("which has been running");
		assertThat(LanguageIdentifier.isEnglishProse(LanguageIdentifier.prose(text))).isTrue();
	}

	@Test
	void aRepeatedQuotedTitleInOtherProseDoesNotMakeItEnglish() {
		String german = "Der Minister las The Times, The Guardian und The Economist, bevor er die Delegation aus "
				+ "Vietnam empfing; die Gespräche über The Hague und The Diplomat dauerten bis zum Abend.";
		assertThat(LanguageIdentifier.isEnglishProse(german)).isFalse();
		assertThat(new LanguageIdentifier().identify(german)).isEqualTo("deu");
	}

	@Test
	void vietnameseIsStillToldByTheModel() {
		assertThat(new LanguageIdentifier().identify(
				"Bộ trưởng Bộ Quốc phòng đã tiếp đoàn đại biểu quân sự cấp cao của nước bạn tại Hà Nội sáng nay."))
			.isEqualTo("vie");
	}

}
