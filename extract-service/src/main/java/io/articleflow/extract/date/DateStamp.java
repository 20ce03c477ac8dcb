package io.articleflow.extract.date;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A publication time stamp as a page states it: a date, maybe a time of day, maybe a UTC offset.
 *
 * @param date the calendar date
 * @param time the time of day, or {@code null}
 * @param offset the UTC offset, or {@code null}
 */
public record DateStamp(LocalDate date, LocalTime time, ZoneOffset offset) implements Comparable<DateStamp> {

	private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

	/** ISO 8601 at the precision given: {@code 2022-10-19}, {@code 2022-10-19T15:18}, {@code 2015-03-02T10:12+07:00}. */
	public String iso() {
		if (time == null) {
			return date.toString();
		}
		String local = date + "T" + time.format(HOURS_MINUTES);
		return offset == null ? local : local + offset.getId();
	}

	@Override
	public int compareTo(DateStamp other) {
		int byDate = date.compareTo(other.date);
		if (byDate != 0 || time == null || other.time == null) {
			return byDate;
		}
		return time.compareTo(other.time);
	}

}
