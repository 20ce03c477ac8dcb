package io.articleflow.extract.date;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DateLineParserTests {

	private final DateLineParser parser = new DateLineParser();

	@Test
	void readsTheDateLinesOfNewsPages() {
		assertThat(iso("Thursday, March 14, 2024 09:30")).contains("2024-03-14T09:30");
		assertThat(iso("Saturday, June 01, 2024, 16:45 (GMT+7)")).contains("2024-06-01T16:45+07:00");
		assertThat(iso("11/3/24 4:05 PM")).contains("2024-11-03T16:05");
		assertThat(iso("25/12/2023 | 08:10")).contains("2023-12-25T08:10");
		assertThat(iso("7 September 2023")).contains("2023-09-07");
		assertThat(iso("2023-09-07T10:00:00+08:00")).contains("2023-09-07T10:00+08:00");
	}

	@Test
	void readsAnAmbiguousNumericDateDayFirstUnlessATwelveHourClockFollows() {
		assertThat(iso("05/06/2024")).contains("2024-06-05");
		assertThat(iso("05/06/2024 9:00 AM")).contains("2024-05-06T09:00");
	}

	@Test
	void refusesLinesThatSayMoreThanADate() {
		assertThat(iso("On March 14, 2024 the ministers met in Hanoi")).isEmpty();
		assertThat(iso("Resolution No. 130/2020/QH14")).isEmpty();
		assertThat(iso("31/02/2024")).isEmpty();
	}

	@Test
	void readsStampsWithALabelATimeFirstOrAZoneAbbreviation() {
		assertThat(iso("Published: 9:05 PM October 2, 2024")).contains("2024-10-02T21:05");
		assertThat(iso("POSTED : 14 August 2023 at 07:30")).contains("2023-08-14T07:30");
		assertThat(iso("Updated at 08:15 AM, 03/09/2024")).contains("2024-09-03T08:15");
		assertThat(iso("18:40 | Tuesday, July 9, 2024")).contains("2024-07-09T18:40");
		assertThat(iso("Friday, 6 December 2024 16:20 WIB")).contains("2024-12-06T16:20+07:00");
	}

	@Test
	void readsAStampAfterThePlaceItWasFiledFrom() {
		assertThat(iso("Da Nang, Sunday, 21/07/2024")).contains("2024-07-21");
		assertThat(iso("Da Nang, where the talks were held")).isEmpty();
	}

	@Test
	void findsTheFullDateOfALineThatSaysMore() {
		assertThat(parser.findInLine("By Thanh Tam   October 3, 2024 | 10:02 am GMT+7").map(DateStamp::iso))
			.contains("2024-10-03T10:02+07:00");
		assertThat(parser.findInLine("Vientiane, 12/03/2025 (KPL) - ").map(DateStamp::iso)).contains("2025-03-12");
		assertThat(parser.findInLine("Decree 100/2019/ND-CP takes effect")).isEmpty();
		assertThat(parser.findInLine("in March 2024 the ministers met")).isEmpty();
	}

	@Test
	void readsFileFormatTimeStamps() {
		assertThat(parser.parseMetadataValue("2021-06-15T02:30:00Z").map(DateStamp::iso)).contains("2021-06-15T02:30Z");
		assertThat(parser.parseMetadataValue("2021-06-15").map(DateStamp::iso)).contains("2021-06-15");
		assertThat(parser.parseMetadataValue(null)).isEmpty();
	}

	private Optional<String> iso(String line) {
		return parser.parseLine(line).map(DateStamp::iso);
	}

}
