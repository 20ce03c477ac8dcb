package io.articleflow.extract.date;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IsoDatesTests {

	@Test
	void writesDaysAndMonthsInFullAndRefusesWhatIsNotOnTheCalendar() {
		assertThat(IsoDates.day(2024, 3, 4)).isEqualTo("2024-03-04");
		assertThat(IsoDates.day(2023, 2, 29)).isNull();
		assertThat(IsoDates.day(2024, 13, 1)).isNull();
		assertThat(IsoDates.month(2024, 5)).isEqualTo("2024-05");
		assertThat(IsoDates.month(2024, 0)).isNull();
	}

	@Test
	void makesAnIntervalOnlyOfTwoDatesOfOnePrecisionInOrder() {
		assertThat(IsoDates.interval("2016", "2020")).isEqualTo("2016/2020");
		assertThat(IsoDates.interval("2024-12-28", "2025-01-03")).isEqualTo("2024-12-28/2025-01-03");
		assertThat(IsoDates.interval("2020", "2016")).isNull();
		assertThat(IsoDates.interval("2020", "2020")).isNull();
		assertThat(IsoDates.interval("2020-05", "2021")).isNull();
		assertThat(IsoDates.interval("2020-05-01", null)).isNull();
	}

	@Test
	void tellsTheStartYearAndWhetherADateNamesADay() {
		assertThat(IsoDates.startYear("2023-06-12/2023-06-15")).isEqualTo(2023);
		assertThat(IsoDates.isDay("2023-06-12/2023-06-15")).isTrue();
		assertThat(IsoDates.isDay("2023-06")).isFalse();
		assertThat(IsoDates.isDay("2016/2020")).isFalse();
	}

}
