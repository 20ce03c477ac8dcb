package io.articleflow.ingest.upload;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The forms an upload's {@code published} field may take: the ISO 8601 forms the event contract's
 * {@code source.documentDate} allows ({@code 2024-05-03}, {@code 2024-05-03T08:15}, {@code 2024-05-03T08:15:30Z},
 * {@code 2024-05-03T08:15:30+07:00}).
 */
final class PublishedDates {

	private static final Pattern FORM = Pattern
		.compile("\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})?)?");

	private PublishedDates() {
	}

	/** Whether the value is such a date, and on the calendar. */
	static boolean isIsoDate(String value) {
		String v = value.strip();
		if (!FORM.matcher(v).matches()) {
			return false;
		}
		try {
			if (v.length() == 10) {
				LocalDate.parse(v);
			}
			else if (v.endsWith("Z") || v.lastIndexOf('+') > 10 || v.lastIndexOf('-') > 10) {
				OffsetDateTime.parse(v);
			}
			else {
				LocalDateTime.parse(v);
			}
			return true;
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

}
