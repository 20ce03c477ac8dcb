package io.articleflow.extract.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date lines news pages print above or below a headline ({@code Wednesday, October 19, 2022 15:18},
 * {@code 8/10/22 2:55 PM}, {@code Monday, March 02, 2015, 10:12 (GMT+7)}, {@code 19/10/2022 | 15:18}) and the
 * {@code created} values of file formats ({@code 2022-10-19T15:18:00Z}). A line qualifies only when the stamp is all
 * it says.
 */
public final class DateLineParser {

	private static final String WEEKDAY = "(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\\.?,?\\s+";

	private static final String TIME = "(?:\\s*[,|\\-\u2013]?\\s*(\\d{1,2}):(\\d{2})(?::\\d{2})?\\s*([AaPp]\\.?[Mm]\\.?)?)?";

	private static final String ZONE = "(?:\\s*\\(?(?:GMT|UTC)\\s*([+-]\\d{1,2})(?::?(\\d{2}))?\\)?)?";

	private static final Pattern MONTH_FIRST = Pattern.compile("(?:" + WEEKDAY + ")?(" + Months.PATTERN
			+ ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + TIME + ZONE + "\\s*");

	private static final Pattern DAY_FIRST = Pattern.compile("(?:" + WEEKDAY + ")?(\\d{1,2})(?:st|nd|rd|th)?\\s+("
			+ Months.PATTERN + ")\\.?,?\\s+(\\d{4})" + TIME + ZONE + "\\s*");

	private static final Pattern NUMERIC = Pattern
		.compile("(?:" + WEEKDAY + ")?(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4}|\\d{2})" + TIME + ZONE + "\\s*");

	private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::\\d{2}(?:\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?)?\\s*");

	/** The stamp a whole line states, if the line is nothing but a date (with time and zone). */
	public Optional<DateStamp> parseLine(String line) {
		String s = line.strip();
		if (s.length() < 6 || s.length() > 60) {
			return Optional.empty();
		}
		try {
			Matcher m = MONTH_FIRST.matcher(s);
			if (m.matches()) {
				return stamp(Integer.parseInt(m.group(3)), Months.number(m.group(1)), Integer.parseInt(m.group(2)), m, 4);
			}
			m = DAY_FIRST.matcher(s);
			if (m.matches()) {
				return stamp(Integer.parseInt(m.group(3)), Months.number(m.group(2)), Integer.parseInt(m.group(1)), m, 4);
			}
			m = NUMERIC.matcher(s);
			if (m.matches()) {
				int a = Integer.parseInt(m.group(1));
				int b = Integer.parseInt(m.group(2));
				int year = fullYear(m.group(3));
				boolean twelveHourClock = m.group(6) != null;
				boolean monthFirst = a <= 12 && (b > 12 || twelveHourClock);
				return monthFirst ? stamp(year, a, b, m, 4) : stamp(year, b, a, m, 4);
			}
			return parseIso(s);
		}
		catch (DateTimeException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/**
	 * A stamp from a file format's metadata value: ISO 8601 (with or without time and offset) or any form
	 * {@link #parseLine} reads.
	 */
	public Optional<DateStamp> parseMetadataValue(String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		try {
			OffsetDateTime odt = OffsetDateTime.parse(value.strip());
			return Optional.of(new DateStamp(odt.toLocalDate(), odt.toLocalTime().withSecond(0).withNano(0), odt.getOffset()));
		}
		catch (DateTimeParseException ex) {
			return parseLine(value);
		}
	}

	/** Two-digit years are of this century up to 69, of the last one from 70. */
	static int fullYear(String digits) {
		int year = Integer.parseInt(digits);
		if (digits.length() == 2) {
			return year < 70 ? 2000 + year : 1900 + year;
		}
		return year;
	}

	private Optional<DateStamp> parseIso(String s) {
		Matcher m = ISO.matcher(s);
		if (!m.matches()) {
			return Optional.empty();
		}
		LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
		if (m.group(4) == null) {
			return Optional.of(new DateStamp(date, null, null));
		}
		LocalTime time = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
		ZoneOffset offset = m.group(6) == null ? null : ZoneOffset.of(m.group(6).equals("Z") ? "Z" : normalizeOffset(m.group(6)));
		return Optional.of(new DateStamp(date, time, offset));
	}

	private static String normalizeOffset(String offset) {
		return offset.length() == 5 ? offset.substring(0, 3) + ":" + offset.substring(3) : offset;
	}

	private static Optional<DateStamp> stamp(int year, int month, int day, Matcher m, int timeGroup) {
		if (month == 0) {
			return Optional.empty();
		}
		LocalDate date = LocalDate.of(year, month, day);
		LocalTime time = null;
		if (m.group(timeGroup) != null) {
			int hour = Integer.parseInt(m.group(timeGroup));
			int minute = Integer.parseInt(m.group(timeGroup + 1));
			String meridiem = m.group(timeGroup + 2);
			if (meridiem != null) {
				boolean pm = Character.toUpperCase(meridiem.charAt(0)) == 'P';
				hour = hour % 12 + (pm ? 12 : 0);
			}
			time = LocalTime.of(hour, minute);
		}
		ZoneOffset offset = null;
		if (time != null && m.group(timeGroup + 3) != null) {
			int hours = Integer.parseInt(m.group(timeGroup + 3));
			int minutes = m.group(timeGroup + 4) == null ? 0 : Integer.parseInt(m.group(timeGroup + 4));
			offset = ZoneOffset.ofHoursMinutes(hours, hours < 0 ? -minutes : minutes);
		}
		return Optional.of(new DateStamp(date, time, offset));
	}

}
