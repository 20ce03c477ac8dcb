package io.articleflow.extract.date;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The ISO 8601 forms of the dates an article states: a day ({@code 2023-06-12}), a month ({@code 2023-06}), a year
 * ({@code 2023}) and an interval of two of them written in full ({@code 2023-06-12/2023-06-15}).
 */
public final class IsoDates {

	private IsoDates() {
	}

	/** {@code 2023-06-12}, or {@code null} when it is not a calendar day (31 February, month 0). */
	public static String day(int year, int month, int day) {
		if (month < 1 || month > 12) {
			return null;
		}
		try {
			return LocalDate.of(year, month, day).toString();
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	/** {@code 2023-06}, or {@code null} when the month is not 1-12. */
	public static String month(int year, int month) {
		if (month < 1 || month > 12) {
			return null;
		}
		return year + "-" + (month < 10 ? "0" : "") + month;
	}

	/**
	 * {@code start/end} for two dates of the same precision with the start before the end; {@code null} otherwise
	 * (a missing end, or {@code 2020-2016}, is no range).
	 */
	public static String interval(String start, String end) {
		if (start == null || end == null || start.length() != end.length() || start.compareTo(end) >= 0) {
			return null;
		}
		return start + "/" + end;
	}

	/** The year a canonical date starts in ({@code 2023} of {@code 2023-06-12/2023-06-15}). */
	public static int startYear(String iso) {
		return Integer.parseInt(iso.substring(0, 4));
	}

	/** Whether the canonical date names a day, or starts with one (an interval of days). */
	public static boolean isDay(String iso) {
		return iso.length() >= 10 && iso.charAt(4) == '-' && iso.charAt(7) == '-';
	}

}
