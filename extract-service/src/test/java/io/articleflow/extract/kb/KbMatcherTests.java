package io.articleflow.extract.kb;

import java.util.List;

import io.articleflow.extract.text.ArticleText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KbMatcherTests {

	private static KbMatcher matcher;

	@BeforeAll
	static void loadKnowledgeBase() {
		matcher = new KbMatcher(KnowledgeBaseLoader.builtIn());
	}

	@Test
	void findsNamesInAnySpellingVariantCaseAndDiacritics() {
		// Given
		String text = "The Viet Nam Coast Guard met the PHILIPPINE COAST GUARD near Trường Sa.";

		// When
		List<String> found = names(text);

		// Then
		assertThat(found).contains("Viet Nam Coast Guard=Vietnam Coast Guard", "PHILIPPINE COAST GUARD=Philippine Coast Guard",
				"Trường Sa=Spratly Islands");
	}

	@Test
	void matchesAcronymsOnlyAsWritten() {
		// Given "US" the country and "us" the pronoun
		List<String> found = names("The US told us about the UN plan.");

		// Then
		assertThat(found).containsExactly("US=United States", "UN=United Nations");
	}

	@Test
	void wantsACapitalInitialForNamesThatAreAlsoWords() {
		assertThat(names("They had turkey and china plates.")).isEmpty();
		assertThat(names("Turkey and China signed.")).containsExactly("Turkey=Turkey", "China=China");
	}

	@Test
	void matchesOnTokenBoundariesOnly() {
		// "Laos" inside "Chaos" and "ADMM" inside "ADMM+" are not matches of Laos and ADMM
		assertThat(names("Chaos reigned.")).isEmpty();
		assertThat(names("at the ADMM+ in Jakarta")).containsExactly("ADMM+=ADMM-Plus", "Jakarta=Jakarta");
	}

	@Test
	void readsACountryCodeFusedToACurrencySignAsTheCurrency() {
		assertThat(names("The US pledged US$5 million.")).containsExactly("US=United States");
	}

	@Test
	void takesABodysNameWithItsLastWordInLowerCaseForADescription() {
		// "Chinese navy" describes ships; "Chinese Navy" names the service; places keep lower-case generic words
		assertThat(names("Chinese navy ships and the Chinese Navy")).containsExactly(
				"Chinese Navy=People's Liberation Army Navy");
		assertThat(names("the Indochinese peninsula")).containsExactly("Indochinese peninsula=Indochinese Peninsula");
	}

	@Test
	void returnsOverlappingNamesForTheCallerToChoose() {
		assertThat(names("the United Nations Security Council")).containsExactlyInAnyOrder(
				"United Nations=United Nations", "United Nations Security Council=United Nations Security Council",
				"Security Council=United Nations Security Council");
	}

	@Test
	void findsTheGazetteersPlacesWithTheSameCaseAndBoundaryRules() {
		assertThat(names("Ships sailed from Kaohsiung to Mawlamyine, then to Puerto Rico.")).containsExactly(
				"Kaohsiung=Kaohsiung", "Mawlamyine=Mawlamyine", "Puerto Rico=Puerto Rico");
		assertThat(names("KAOHSIUNG PORT, Köln and Koln")).containsExactly("KAOHSIUNG=Kaohsiung", "Köln=Cologne",
				"Koln=Cologne");
		assertThat(names("the kaohsiung delegation; Kaohsiungese food")).isEmpty();
	}

	@Test
	void takesNoNationalityAdjectiveOrGivenNameForAPlace() {
		assertThat(names("Syrian, Cuban and Chilean officers met Victoria Lim, Charlotte Tan and Florence Ong."))
			.isEmpty();
	}

	@Test
	void takesAPlaceNamingAShipOrAClassOfShipsForTheShip() {
		assertThat(names("Sailors from Hanoi visited INS Delhi and KRI Surabaya in Delhi.")).containsExactly(
				"Hanoi=Hanoi", "Delhi=Delhi");
		assertThat(names("Two Pohang-class corvettes and a Kolkata-class destroyer left Pohang.")).containsExactly(
				"Pohang=Pohang");
	}

	private static List<String> names(String text) {
		ArticleText article = ArticleText.of(text);
		return matcher.find(article)
			.stream()
			.map(m -> text.substring(m.start(), m.end()) + "=" + m.entry().canonicalName())
			.toList();
	}

}
