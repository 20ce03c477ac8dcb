package io.articleflow.extract.entity;

import java.util.Comparator;
import java.util.List;

import io.articleflow.extract.text.ArticleText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The date rules alone, on sentences written for these tests: each form of date the rules read, with its ISO 8601
 * canonical name and the characters of its mention, and the numbers they leave alone.
 */
class DateMentionsTests {

	private final DateMentions dates = new DateMentions();

	@Test
	void readsFullDatesMonthFirstAndDayFirstWithFullAndAbbreviatedMonths() {
		assertThat(find("Signed on October 25, 2013, on 20 November 2023, on Sept. 13, 2021, on Sep 3, 2020 and on "
				+ "Mar. 21, 2019.", 0))
			.containsExactly("2013-10-25 [October 25, 2013]", "2023-11-20 [20 November 2023]",
					"2021-09-13 [Sept. 13, 2021]", "2020-09-03 [Sep 3, 2020]", "2019-03-21 [Mar. 21, 2019]");
	}

	@Test
	void readsADateAfterItsWeekday() {
		assertThat(find("The drill opened on Saturday, April 8, 2023 and closed on Monday 10 April 2023.", 0))
			.containsExactly("2023-04-08 [April 8, 2023]", "2023-04-10 [10 April 2023]");
	}

	@Test
	void givesDaysWithoutAYearThePublicationYear() {
		assertThat(find("The ships left on December 3, met on 20 November, docked Sept. 13, sailed Mar. 21 and "
				+ "returned on July 28.", 2024))
			.containsExactly("2024-12-03 [December 3]", "2024-11-20 [20 November]", "2024-09-13 [Sept. 13]",
					"2024-03-21 [Mar. 21]", "2024-07-28 [July 28]");
	}

	@Test
	void readsTheDayOfADatelineWithAnAbbreviatedMonth() {
		assertThat(find("SINGAPORE, Aug. 31 (Reuters) -- Ministers met on Tuesday.", 2020))
			.containsExactly("2020-08-31 [Aug. 31]");
	}

	@Test
	void leavesDaysWithoutAYearAloneWhenNoYearIsKnown() {
		assertThat(find("The talks resume on July 28 and end on 2 August.", 0)).isEmpty();
	}

	@Test
	void readsARangeOfYearsAsOneInterval() {
		assertThat(find("The plan for 2016-2020, the strategy for 2021–2030, the years 2011 - 2015, the term from "
				+ "2026 to 2031 and the 2021-25 period.", 0))
			.containsExactly("2016/2020 [2016-2020]", "2021/2030 [2021–2030]", "2011/2015 [2011 - 2015]",
					"2026/2031 [2026 to 2031]", "2021/2025 [2021-25]");
	}

	@Test
	void readsBetweenAndAsARangeButAndAloneAsTwoDates() {
		assertThat(find("Trade grew between 2016 and 2020; elections were held in 2016 and 2021.", 0))
			.containsExactly("2016/2020 [2016 and 2020]", "2016 [2016]", "2021 [2021]");
	}

	@Test
	void readsRangesOfDaysWithAndWithoutAYear() {
		assertThat(find("Talks on March 4-5, a forum on 12-15 June 2023, a visit from March 30 - April 2, a meeting on "
				+ "March 19-20, 2025, drills from May 5 to 7 and a fair on 8 to 10 December.", 2021))
			.containsExactly("2021-03-04/2021-03-05 [March 4-5]", "2023-06-12/2023-06-15 [12-15 June 2023]",
					"2021-03-30/2021-04-02 [March 30 - April 2]", "2025-03-19/2025-03-20 [March 19-20, 2025]",
					"2021-05-05/2021-05-07 [May 5 to 7]", "2021-12-08/2021-12-10 [8 to 10 December]");
	}

	@Test
	void readsARangeOfDaysAcrossTheTurnOfTheYear() {
		assertThat(find("The exhibition runs from December 28 to January 3, 2025 and from 30 December 2025 to 2 "
				+ "January 2026.", 0))
			.containsExactly("2024-12-28/2025-01-03 [December 28 to January 3, 2025]",
					"2025-12-30/2026-01-02 [30 December 2025 to 2 January 2026]");
	}

	@Test
	void readsDaysBetweenTwoDaysAsARange() {
		assertThat(find("Police recorded 12,832 violations between January 1 and January 7, down 39.7 percent.", 2025))
			.containsExactly("2025-01-01/2025-01-07 [January 1 and January 7]");
	}

	@Test
	void readsTwoDaysJoinedByAndAsTwoDatesUnlessTheyFollowEachOther() {
		assertThat(find("The delegates met on June 4 and 6, 2024.", 0)).containsExactly(
				"2024-06-04 [June 4 and 6, 2024]", "2024-06-06 [June 4 and 6, 2024]");
		assertThat(find("The delegates met on 4 and 5 December, 2023 and on May 7 and 8.", 2024)).containsExactly(
				"2023-12-04/2023-12-05 [4 and 5 December, 2023]", "2024-05-07/2024-05-08 [May 7 and 8]");
	}

	@Test
	void readsRangesOfMonths() {
		assertThat(find("Congresses run from August to October 2025, the survey from June 2023 to May 2024, the rainy "
				+ "season from May to July.", 2025))
			.containsExactly("2025-08/2025-10 [August to October 2025]", "2023-06/2024-05 [June 2023 to May 2024]",
					"2025-05/2025-07 [May to July]");
	}

	@Test
	void readsPartsOfAMonthAsTheMonthAndPartsOfAYearAsTheYear() {
		assertThat(find("Work starts in mid-May, the road opens in early June, the bridge in late 2024, the port in "
				+ "early 2025 and the airport in mid-2026.", 2024))
			.containsExactly("2024-05 [mid-May]", "2024-06 [early June]", "2024 [2024]", "2025 [2025]", "2026 [2026]");
		assertThat(find("Drills run until the end of March and resume in late April.", 2021))
			.containsExactly("2021-03 [end of March]", "2021-04 [late April]");
	}

	@Test
	void readsAMonthOfTheYearBeforeOrAfterThePublication() {
		assertThat(find("Talks began in July last year, resume in June of next year and end in May this year.", 2019))
			.containsExactly("2018-07 [July last year]", "2020-06 [June of next year]", "2019-05 [May this year]");
	}

	@Test
	void readsLastAndNextMonthAgainstThePublicationMonthWhenItIsKnown() {
		String text = "Last October the ships docked; last January the crews trained; next March they sail again.";

		assertThat(find(text, 2019, 8)).containsExactly("2018-10 [Last October]", "2019-01 [last January]",
				"2020-03 [next March]");
		assertThat(find(text, 2019, 0)).isEmpty();
	}

	@Test
	void readsADayFirstDateWrittenWithHyphens() {
		assertThat(find("The exercise ended on 16-03-2025, not on 3-4-5.", 0)).containsExactly("2025-03-16 [16-03-2025]");
	}

	@Test
	void doesNotReadDecadesOrRelativeDates() {
		assertThat(find("Reforms of the 1990s and the 1980's continued last year and on Tuesday.", 2024)).isEmpty();
	}

	@Test
	void doesNotReadNumbersThatAreNotYears() {
		assertThat(find("Some 2,000 troops and 2000 soldiers, No. 2020, over 2015 vehicles, Resolution 130/2020/QH14, "
				+ "Decree 100/2019/ND-CP, a 2020% rise and 1500-2000 troops.", 0))
			.isEmpty();
	}

	@Test
	void readsNumericAndIsoDates() {
		assertThat(find("Posted 12/06/2025, updated 8/10/22 2:55 PM, filed 2024-05-03.", 0))
			.containsExactly("2025-06-12 [12/06/2025]", "2022-08-10 [8/10/22]", "2024-05-03 [2024-05-03]");
	}

	@Test
	void takesTheYearOfTheFirstFullDateWhenThePublicationYearIsUnknown() {
		assertThat(find("The storm hit on September 7, 2024; relief arrived on September 10-11.", 0))
			.containsExactly("2024-09-07 [September 7, 2024]", "2024-09-10/2024-09-11 [September 10-11]");
	}

	private List<String> find(String text, int publishedYear) {
		return find(text, publishedYear, 0);
	}

	private List<String> find(String text, int publishedYear, int publishedMonth) {
		return this.dates.find(ArticleText.of(text), publishedYear, publishedMonth)
			.stream()
			.sorted(Comparator.comparingInt(Candidate::start).thenComparing(Candidate::canonical))
			.map(c -> c.canonical() + " [" + text.substring(c.start(), c.end()) + "]")
			.toList();
	}

}
