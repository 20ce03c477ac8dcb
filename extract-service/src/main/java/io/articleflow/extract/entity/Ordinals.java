package io.articleflow.extract.entity;

import java.util.Map;

/** Ordinal numbers as the genre writes them: {@code 13th}, {@code XIII}, {@code thirteenth}. */
final class Ordinals {

	/** An ordinal written in one of the three ways, without a capturing group. */
	static final String BARE = "(?:\\d{1,3}(?:st|nd|rd|th)|[IVXLC]{2,7}|(?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth"
			+ "|[Ss]ixth|[Ss]eventh|[Ee]ighth|[Nn]inth|[Tt]enth|[Ee]leventh|[Tt]welfth|[Tt]hirteenth|[Ff]ourteenth"
			+ "|[Ff]ifteenth|[Ss]ixteenth|[Ss]eventeenth|[Ee]ighteenth|[Nn]ineteenth|[Tt]wentieth))";

	/** An ordinal; group 1 is the whole ordinal. */
	static final String PATTERN = "(" + BARE + ")";

	private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("first", 1), Map.entry("second", 2),
			Map.entry("third", 3), Map.entry("fourth", 4), Map.entry("fifth", 5), Map.entry("sixth", 6),
			Map.entry("seventh", 7), Map.entry("eighth", 8), Map.entry("ninth", 9), Map.entry("tenth", 10),
			Map.entry("eleventh", 11), Map.entry("twelfth", 12), Map.entry("thirteenth", 13), Map.entry("fourteenth", 14),
			Map.entry("fifteenth", 15), Map.entry("sixteenth", 16), Map.entry("seventeenth", 17),
			Map.entry("eighteenth", 18), Map.entry("nineteenth", 19), Map.entry("twentieth", 20));

	private Ordinals() {
	}

	/** The value of an ordinal or a plain (Arabic or Roman) number, or 0 when it is none. */
	static int value(String ordinal) {
		String s = ordinal.strip();
		if (s.isEmpty()) {
			return 0;
		}
		if (Character.isDigit(s.charAt(0))) {
			int i = 0;
			while (i < s.length() && Character.isDigit(s.charAt(i))) {
				i++;
			}
			return Integer.parseInt(s.substring(0, i));
		}
		Integer word = WORDS.get(s.toLowerCase(java.util.Locale.ROOT));
		return word != null ? word : roman(s);
	}

	/** {@code 13} as {@code 13th}. */
	static String format(int n) {
		int mod100 = n % 100;
		String suffix = (mod100 >= 11 && mod100 <= 13) ? "th" : switch (n % 10) {
			case 1 -> "st";
			case 2 -> "nd";
			case 3 -> "rd";
			default -> "th";
		};
		return n + suffix;
	}

	/** Where an ordinal ending just before {@code end} starts (only white space between), or -1. */
	static int startBefore(String text, int end) {
		int i = end;
		while (i > 0 && text.charAt(i - 1) == ' ') {
			i--;
		}
		if (i == end) {
			return -1;
		}
		int start = i;
		while (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1)) && i - start <= 12) {
			start--;
		}
		if (start == i || (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1)))) {
			return -1;
		}
		return isOrdinal(text, start, i) ? start : -1;
	}

	/** Whether the word is an ordinal as {@link #PATTERN} reads them, checked without a regular expression. */
	private static boolean isOrdinal(String text, int start, int end) {
		int length = end - start;
		char first = text.charAt(start);
		if (Character.isDigit(first)) {
			int digits = 0;
			while (start + digits < end && Character.isDigit(text.charAt(start + digits))) {
				digits++;
			}
			if (digits > 3 || length - digits != 2) {
				return false;
			}
			String suffix = text.substring(start + digits, end);
			return suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th");
		}
		if (length >= 2 && length <= 7 && "IVXLC".indexOf(first) >= 0) {
			for (int k = start; k < end; k++) {
				if ("IVXLC".indexOf(text.charAt(k)) < 0) {
					return false;
				}
			}
			return true;
		}
		return length >= 5 && length <= 11 && WORDS.containsKey(text.substring(start, end).toLowerCase(java.util.Locale.ROOT))
				&& (Character.isLowerCase(first) || text.charAt(start + 1) != Character.toUpperCase(text.charAt(start + 1)));
	}

	private static int roman(String s) {
		int total = 0;
		int previous = 0;
		for (int i = s.length() - 1; i >= 0; i--) {
			int v = switch (s.charAt(i)) {
				case 'I' -> 1;
				case 'V' -> 5;
				case 'X' -> 10;
				case 'L' -> 50;
				case 'C' -> 100;
				default -> -1;
			};
			if (v < 0) {
				return 0;
			}
			total += v < previous ? -v : v;
			previous = Math.max(previous, v);
		}
		return total;
	}

}
