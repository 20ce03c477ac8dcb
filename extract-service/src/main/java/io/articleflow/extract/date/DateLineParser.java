package io.articleflow.extract.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
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

	/** The longest line that may be a date line: a label, a place, the stamp with weekday, time and zone. */
	private static final int LONGEST_LINE = 100;

	/** What sites print before the stamp: {@code Published:}, {@code PUBLISHED :}, {@code Updated at}, {@code Posted:}. */
	private static final Pattern LABEL = Pattern.compile("^(?i:(?:last\\s+)?(?:published|posted|updated?|date|cập nhật)"
			+ "(?:\\s+(?:on|at))?)\\s*:?\\s*");

	/** A time printed before the date: {@code 8:14 PM September 11, 2025}, {@code 10:15 | Saturday, ...}. */
	private static final Pattern LEADING_TIME = Pattern
		.compile("^(\\d{1,2}):(\\d{2})(?::\\d{2})?\\s*([AaPp]\\.?[Mm]\\.?)?\\s*[,|\\-\u2013]?\\s*(?=\\S)");

	/** {@code 30 May 2025 at 11:42}. */
	private static final Pattern AT_TIME = Pattern.compile("\\s+at\\s+(?=\\d{1,2}:\\d{2})");

	/** Time-zone abbreviations of the region's sites: {@code 14:05 WIB}. */
	private static final Pattern ZONE_ABBREVIATION = Pattern.compile("\\s*\\(?\\b(WIB|ICT|SGT|MYT|PHT|HKT|JST|KST)\\)?$");

	/** A place before the stamp: {@code Ha Noi, Saturday, 17/05/2025}. */
	private static final Pattern PLACE = Pattern.compile("^\\p{Lu}[\\p{L}\\p{M}.']*(?:\\s+\\p{Lu}[\\p{L}\\p{M}.']*){0,2},\\s+");

	/** A full date anywhere in a line, for lines that say more than a date. */
	private static final List<Pattern> IN_LINE = List.of(
			Pattern.compile("(?<![\\p{L}\\d/.])" + MONTH_FIRST.pattern()),
			Pattern.compile("(?<![\\p{L}\\d/.])" + DAY_FIRST.pattern()),
			Pattern.compile("(?<![\\p{L}\\d/.\\-])" + NUMERIC.pattern() + "(?![\\d/])"));

	/**
	 * The stamp a whole line states, if the line is nothing but a date (with time and zone), possibly with a label
	 * ({@code Published: 8:14 PM September 11, 2025}, {@code PUBLISHED : 30 May 2025 at 11:42}) or a place
	 * ({@code Ha Noi, Saturday, 17/05/2025}) before it.
	 */
	public Optional<DateStamp> parseLine(String line) {
		if (line.length() > LONGEST_LINE || !hasYearDigits(line)) {
			return Optional.empty(); // running text, or no year: not worth the patterns below
		}
		String s = normalize(line.strip());
		Optional<DateStamp> stamp = parseStamp(s);
		if (stamp.isEmpty()) {
			Matcher place = PLACE.matcher(s);
			if (place.lookingAt()) {
				stamp = parseStamp(s.substring(place.end()));
			}
		}
		return stamp;
	}

	/**
	 * The first full date (day, month and year) a short line states among other words: {@code By Hai Hien January 8,
	 * 2025 | 04:30 pm}, {@code Hanoi, November 5, 2024}. For header lines and datelines, not running text.
	 */
	public Optional<DateStamp> findInLine(String line) {
		if (!hasYearDigits(line)) {
			return Optional.empty();
		}
		Matcher first = null;
		for (Pattern pattern : IN_LINE) {
			Matcher m = pattern.matcher(line);
			if (m.find() && (first == null || m.start() < first.start())) {
				first = m;
			}
		}
		return first == null ? Optional.empty() : parseStamp(first.group().strip());
	}

	/** Moves a leading time after the date (in 24-hour form) and drops labels, so the stamp patterns read the line. */
	private static String normalize(String s) {
		Matcher label = LABEL.matcher(s);
		if (label.lookingAt() && label.end() < s.length() && label.end() > 0) {
			s = s.substring(label.end());
		}
		Matcher time = LEADING_TIME.matcher(s);
		if (time.lookingAt()) {
			int hour = Integer.parseInt(time.group(1));
			if (time.group(3) != null) {
				hour = hour % 12 + (Character.toUpperCase(time.group(3).charAt(0)) == 'P' ? 12 : 0);
			}
			s = s.substring(time.end()) + " " + hour + ":" + time.group(2);
		}
		if (s.contains(" at ")) {
			s = AT_TIME.matcher(s).replaceFirst(" ");
		}
		boolean mayEndWithZone = !s.isEmpty() && (Character.isUpperCase(s.charAt(s.length() - 1)) || s.endsWith(")"));
		Matcher zone = ZONE_ABBREVIATION.matcher(s);
		if (mayEndWithZone && zone.find()) {
			s = s.substring(0, zone.start()) + " (GMT+" + ZONE_HOURS.get(zone.group(1)) + ")";
		}
		return s;
	}

	/**
	 * Whether the line holds two digits in a row, as every stamp does (a two- or four-digit year): most header lines
	 * are headlines and bylines without one, and the patterns need not run on them.
	 */
	private static boolean hasYearDigits(String line) {
		for (int i = 1; i < line.length(); i++) {
			if (Character.isDigit(line.charAt(i)) && Character.isDigit(line.charAt(i - 1))) {
				return true;
			}
		}
		return false;
	}

	private static final java.util.Map<String, Integer> ZONE_HOURS = java.util.Map.of("WIB", 7, "ICT", 7, "SGT", 8,
			"MYT", 8, "PHT", 8, "HKT", 8, "JST", 9, "KST", 9);

	private Optional<DateStamp> parseStamp(String s) {
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
		// out-of-range fields are checked, not caught: header lines are tried on every article, and a thrown
		// DateTimeException costs more than the whole parse
		if (month < 1 || month > 12 || day < 1 || year < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
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
			if (hour > 23 || minute > 59) {
				return Optional.empty();
			}
			time = LocalTime.of(hour, minute);
		}
		ZoneOffset offset = null;
		if (time != null && m.group(timeGroup + 3) != null) {
			int hours = Integer.parseInt(m.group(timeGroup + 3));
			int minutes = m.group(timeGroup + 4) == null ? 0 : Integer.parseInt(m.group(timeGroup + 4));
			if (Math.abs(hours) > 18 || minutes > 59) {
				return Optional.empty();
			}
			offset = ZoneOffset.ofHoursMinutes(hours, hours < 0 ? -minutes : minutes);
		}
		return Optional.of(new DateStamp(date, time, offset));
	}

}
