package io.articleflow.common.replay;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code --since} of a replay: an ISO 8601 instant ({@code 2026-12-03T10:00:00Z}, or with an offset), a
 * date ({@code 2026-12-03}, from midnight UTC), or a time ago ({@code 30m}, {@code 2h}, {@code 7d}).
 */
public final class ReplaySince {

	private static final Pattern AGO = Pattern.compile("(\\d+)\\s*([smhd])");

	private ReplaySince() {
	}

	/**
	 * The instant the text names; {@code null} for none.
	 * @throws IllegalArgumentException when it is none of the forms above
	 */
	public static Instant parse(String text, Clock clock) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String value = text.strip();
		Matcher ago = AGO.matcher(value.toLowerCase(Locale.ROOT));
		if (ago.matches()) {
			long amount = Long.parseLong(ago.group(1));
			Duration duration = switch (ago.group(2)) {
				case "s" -> Duration.ofSeconds(amount);
				case "m" -> Duration.ofMinutes(amount);
				case "h" -> Duration.ofHours(amount);
				default -> Duration.ofDays(amount);
			};
			return clock.instant().minus(duration);
		}
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException notDateTime) {
			try {
				return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
			}
			catch (DateTimeParseException ex) {
				throw new IllegalArgumentException("--since is not a time: " + text + " (give an ISO 8601 instant "
						+ "such as 2026-12-03T10:00:00Z, a date such as 2026-12-03, or a time ago such as 30m, 2h, 7d)");
			}
		}
	}

}
