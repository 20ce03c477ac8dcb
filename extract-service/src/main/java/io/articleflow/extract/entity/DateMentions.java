package io.articleflow.extract.entity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.articleflow.common.event.EntityType;
import io.articleflow.extract.date.Months;
import io.articleflow.extract.text.ArticleText;
import io.articleflow.extract.text.CharFolding;

/**
 * Calendar dates, months and years the text states, with ISO 8601 canonical names: {@code October 25, 2013} is
 * {@code 2013-10-25}, {@code 25 October 2013} and {@code 25/10/2013} too; {@code November 2023} is {@code 2023-11};
 * {@code in 2015} is {@code 2015}; {@code 2021-2030} is two years. A numeric date is read day first, as Vietnamese
 * write it, unless it cannot be or a 12-hour clock follows ({@code 8/10/22 2:55 PM} is August 10). A day and month
 * without a year take the publication year, or in an article without one the year of the first full date it states;
 * a month before a range's second month takes that month's year ({@code from August to October 2025}); a month
 * alone after a word that places an event in time ({@code in July}, {@code late September}) is of that year too. Numbers that are not years (document numbers such as
 * {@code 130/2020/QH14}, counts such as {@code 2000 troops}) are not dates.
 */
final class DateMentions {

	private static final String MONTH = "(" + Months.PATTERN + ")\\.?";

	private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";

	private static final String YEAR = "(1[5-9]\\d\\d|20\\d\\d)";

	private static final Pattern MONTH_DAY_RANGE_YEAR = Pattern
		.compile("(?<![\\p{L}])" + MONTH + "\\s+" + DAY + "\\s*(?:-|\u2013|to|and)\\s*" + DAY + ",?\\s+" + YEAR + "(?!\\d)");

	private static final Pattern DAY_RANGE_MONTH_YEAR = Pattern
		.compile("(?<![\\p{L}\\d])" + DAY + "\\s*(?:-|\u2013|to|and)\\s*" + DAY + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR + "(?!\\d)");

	private static final Pattern MONTH_DAY_YEAR = Pattern
		.compile("(?<![\\p{L}])" + MONTH + "\\s+" + DAY + "(?![\\d:]),?\\s+" + YEAR + "(?!\\d)");

	private static final Pattern DAY_MONTH_YEAR = Pattern
		.compile("(?<![\\p{L}\\d/])" + DAY + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR + "(?!\\d)");

	private static final Pattern MONTH_YEAR = Pattern.compile("(?<![\\p{L}])" + MONTH + ",?\\s+(?:of\\s+)?" + YEAR + "(?!\\d)");

	/** {@code from August to October 2025}: the first month takes the year of the second. */
	private static final Pattern MONTH_RANGE_YEAR = Pattern.compile("(?<![\\p{L}])" + MONTH + "\\s*(?:-|\u2013|to|and|through)\\s*"
			+ Months.PATTERN + "\\.?,?\\s+" + YEAR + "(?!\\d)");

	/** {@code February 25-26}, {@code June 4 to 6}: two days of the publication year. */
	private static final Pattern MONTH_DAY_RANGE = Pattern.compile("(?<![\\p{L}])" + MONTH + "\\s+" + DAY
			+ "\\s*(?:-|\u2013|to|and)\\s*" + DAY + "(?![\\d\\p{L}:/,]|,?\\s+\\d)");

	/**
	 * A month alone after a word that places an event in time ({@code in July}, {@code planned for December},
	 * {@code late September}, {@code mid-March}): a month of the publication year. Not before a day or year, and not
	 * {@code in May last year}.
	 */
	private static final Pattern MONTH_ALONE = Pattern.compile("(?<=(?:\\b(?:in|since|from|until|till|by|before|after|for"
			+ "|early|late|through|during|of)\\s|\\bmid-))(January|February|March|April|May|June|July|August|September"
			+ "|October|November|December)(?![\\p{L}\\d])(?!\\s*,?\\s*\\d)(?!\\s+(?:last|next|this)\\s+year)");

	private static final Pattern MONTH_DAY = Pattern.compile("(?<![\\p{L}])((?:January|February|March|April|May|June|July"
			+ "|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?)\\s+"
			+ DAY + "(?![\\d\\p{L}:/])");

	private static final Pattern DAY_MONTH = Pattern.compile("(?<![\\p{L}\\d/.])" + DAY + "\\s+(?:of\\s+)?((?:January|February"
			+ "|March|April|May|June|July|August|September|October|November|December))(?![\\p{L}])");

	private static final Pattern NUMERIC = Pattern.compile("(?<![\\d/.\\-\\p{L}])(\\d{1,2})([/.])(\\d{1,2})\\2(\\d{4}|\\d{2})"
			+ "(?![\\d/\\-]|\\.\\d)(\\s+\\d{1,2}:\\d{2}\\s*[AaPp]\\.?[Mm])?");

	private static final Pattern ISO = Pattern.compile("(?<![\\d\\-/])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d\\-])");

	private static final Pattern YEAR_RANGE = Pattern.compile("(?<![\\p{L}\\d/.,\\-])" + YEAR + "\\s*(?:-|\u2013|\u2014)\\s*"
			+ YEAR + "(?![\\d/\\-]|\\.\\d)");

	private static final Pattern LONE_YEAR = Pattern.compile("(?<![\\p{L}\\d/.,\\-+#])" + YEAR
			+ "(?![\\d/\\p{L}]|-\\d|\\.\\d|,\\d)");

	/** Tokens that join the two ends of a range, to try the range patterns only where one may stand. */
	private static final Set<String> RANGE_WORDS = Set.of("-", "\u2013", "to", "and", "through");

	/** Words that place a month alone in time (see {@link #MONTH_ALONE}). */
	private static final Set<String> TIME_PLACING = Set.of("in", "since", "from", "until", "till", "by", "before",
			"after", "for", "early", "late", "through", "during", "of");

	/** First letters of month names (folded), to skip other words cheaply. */
	private static final String MONTH_INITIALS = "jfmasond";

	/** Words after a number that count things: {@code 2000 troops} is not a year. */
	private static final Set<String> COUNTED = Set.of("troops", "soldiers", "officers", "people", "personnel", "members",
			"units", "km", "kilometres", "kilometers", "meters", "metres", "tonnes", "tons", "vehicles", "ships", "vessels",
			"aircraft", "cases", "households", "students", "delegates", "participants", "employees", "workers", "hectares",
			"ha", "usd", "vnd", "dollars", "billion", "million", "thousand", "times", "deaths", "visitors", "pages",
			"copies", "rounds", "shells", "mines", "bombs", "posts", "men", "women", "children", "sailors", "pilots",
			"guests", "votes", "projects", "items", "sq", "square", "mm", "cm", "kg");

	/** Words before a number that make it an identifier or a quantity: {@code No. 2015}, {@code over 2000}. */
	private static final Set<String> NOT_A_YEAR_AFTER = Set.of("no", "number", "p", "pp", "vol", "article", "clause",
			"room", "hotline", "code", "unit", "regiment", "division", "brigade", "battalion", "region", "corps", "zone",
			"than", "over", "about", "nearly", "around", "approximately", "almost", "some");

	/**
	 * Proposes every date mention, settled among themselves (the longest reading wins).
	 * @param publishedYear the article's year for day-and-month dates, or 0
	 */
	List<Candidate> find(ArticleText article, int publishedYear) {
		String text = article.text();
		List<Candidate> found = new ArrayList<>();
		// a range of days is one mention of two dates: the first is settled with the others, the second follows it
		List<Candidate> rangeEnds = new ArrayList<>();
		// days and months without a year wait for the year: the publication's, else the first one the text states
		List<YearlessDay> yearless = new ArrayList<>();
		List<YearlessMonth> yearlessMonths = new ArrayList<>();
		// the patterns are tried only where a month name or a number starts: scanning every offset costs far more
		Matcher monthDayRangeYear = MONTH_DAY_RANGE_YEAR.matcher(text);
		Matcher dayRangeMonthYear = DAY_RANGE_MONTH_YEAR.matcher(text);
		Matcher monthDayYear = MONTH_DAY_YEAR.matcher(text);
		Matcher dayMonthYear = DAY_MONTH_YEAR.matcher(text);
		Matcher monthYear = MONTH_YEAR.matcher(text);
		Matcher monthDay = MONTH_DAY.matcher(text);
		Matcher monthAlone = MONTH_ALONE.matcher(text);
		Matcher monthRangeYear = MONTH_RANGE_YEAR.matcher(text);
		Matcher monthDayRange = MONTH_DAY_RANGE.matcher(text);
		Matcher dayMonth = DAY_MONTH.matcher(text);
		Matcher numeric = NUMERIC.matcher(text);
		Matcher iso = ISO.matcher(text);
		Matcher yearRange = YEAR_RANGE.matcher(text);
		Matcher loneYear = LONE_YEAR.matcher(text);
		for (int t = 0; t < article.size(); t++) {
			int at = article.start(t);
			byte kind = article.kind(t);
			if (kind == ArticleText.WORD) {
				int length = article.end(t) - at;
				if (length < 3 || length > 9 || MONTH_INITIALS.indexOf(article.folded().charAt(at)) < 0
						|| Months.numberOfFolded(article.foldedToken(t)) == 0) {
					continue;
				}
				Matcher m;
				if ((m = RegexAt.match(monthDayRangeYear, at)) != null) {
					int month = Months.number(m.group(1));
					int year = Integer.parseInt(m.group(4));
					addDay(found, m.start(), m.end(), year, month, Integer.parseInt(m.group(2)));
					addDay(rangeEnds, m.start(), m.end(), year, month, Integer.parseInt(m.group(3)));
				}
				if ((m = RegexAt.match(monthDayYear, at)) != null) {
					addDay(found, m.start(), m.end(), Integer.parseInt(m.group(3)), Months.number(m.group(1)),
							Integer.parseInt(m.group(2)));
				}
				if ((m = RegexAt.match(monthYear, at)) != null) {
					int month = Months.number(m.group(1));
					if (month > 0) {
						found.add(date(m.start(), m.end(), m.group(2) + "-" + (month < 10 ? "0" : "") + month));
					}
				}
				boolean rangeFollows = t + 1 < article.size() && RANGE_WORDS.contains(article.foldedToken(t + 1));
				boolean dayRangeFollows = t + 2 < article.size() && article.kind(t + 1) == ArticleText.NUMBER
						&& RANGE_WORDS.contains(article.foldedToken(t + 2));
				boolean placedInTime = t > 0 && (TIME_PLACING.contains(article.foldedToken(t - 1))
						|| article.isPunct(t - 1, '-'));
				if (rangeFollows && (m = RegexAt.match(monthRangeYear, at)) != null) {
					int month = Months.number(m.group(1));
					if (month > 0) {
						found.add(date(m.start(1), m.end(1), m.group(2) + "-" + (month < 10 ? "0" : "") + month));
					}
				}
				if (dayRangeFollows && (m = RegexAt.match(monthDayRange, at)) != null) {
					yearless.add(new YearlessDay(m.start(), m.end(), Months.number(m.group(1)), Integer.parseInt(m.group(2)), false));
					yearless.add(new YearlessDay(m.start(), m.end(), Months.number(m.group(1)), Integer.parseInt(m.group(3)), true));
				}
				if (placedInTime && (m = RegexAt.match(monthAlone, at)) != null) {
					yearlessMonths.add(new YearlessMonth(m.start(), m.end(), Months.number(m.group(1))));
				}
				if ((m = RegexAt.match(monthDay, at)) != null) {
					yearless.add(new YearlessDay(m.start(), m.end(), Months.number(m.group(1)), Integer.parseInt(m.group(2)), false));
				}
				continue;
			}
			if (kind != ArticleText.NUMBER) {
				continue;
			}
			int digits = 0;
			while (at + digits < text.length() && Character.isDigit(text.charAt(at + digits))) {
				digits++;
			}
			Matcher m;
			if (digits == 4) {
				// a year, or an ISO date
				if ((m = RegexAt.match(iso, at)) != null) {
					addDay(found, m.start(), m.end(), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
							Integer.parseInt(m.group(3)));
				}
				if ((m = RegexAt.match(yearRange, at)) != null) {
					found.add(date(m.start(1), m.end(1), m.group(1)));
					found.add(date(m.start(2), m.end(2), m.group(2)));
				}
				if ((m = RegexAt.match(loneYear, at)) != null && isYear(text, m.start(), m.end())) {
					found.add(date(m.start(), m.end(), m.group(1)));
				}
				continue;
			}
			if (digits > 2) {
				continue;
			}
			if ((m = RegexAt.match(dayRangeMonthYear, at)) != null) {
				int month = Months.number(m.group(3));
				int year = Integer.parseInt(m.group(4));
				addDay(found, m.start(), m.end(), year, month, Integer.parseInt(m.group(1)));
				addDay(rangeEnds, m.start(), m.end(), year, month, Integer.parseInt(m.group(2)));
			}
			if ((m = RegexAt.match(dayMonthYear, at)) != null) {
				addDay(found, m.start(), m.end(), Integer.parseInt(m.group(3)), Months.number(m.group(2)),
						Integer.parseInt(m.group(1)));
			}
			if ((m = RegexAt.match(dayMonth, at)) != null) {
				yearless.add(new YearlessDay(m.start(), m.end(), Months.number(m.group(2)), Integer.parseInt(m.group(1)), false));
			}
			if ((m = RegexAt.match(numeric, at)) != null) {
				int a = Integer.parseInt(m.group(1));
				int b = Integer.parseInt(m.group(3));
				int year = fullYear(m.group(4));
				boolean monthFirst = a <= 12 && (b > 12 || m.group(5) != null);
				int end = m.group(5) == null ? m.end() : m.start(5);
				if (monthFirst) {
					addDay(found, m.start(), end, year, a, b);
				}
				else {
					addDay(found, m.start(), end, year, b, a);
				}
			}
		}
		int year = publishedYear > 0 ? publishedYear : firstStatedYear(found);
		if (year > 0) {
			for (YearlessDay day : yearless) {
				addDay(day.rangeEnd() ? rangeEnds : found, day.start(), day.end(), year, day.month(), day.day());
			}
			for (YearlessMonth month : yearlessMonths) {
				found.add(date(month.start(), month.end(), year + "-" + (month.month() < 10 ? "0" : "") + month.month()));
			}
		}
		List<Candidate> kept = new ArrayList<>(new SpanSelector().offer(found).kept());
		for (Candidate rangeEnd : rangeEnds) {
			if (kept.stream().anyMatch(c -> c.start() == rangeEnd.start() && c.end() == rangeEnd.end())) {
				kept.add(rangeEnd);
			}
		}
		return kept;
	}

	/** A month the text states alone ({@code in July}). */
	private record YearlessMonth(int start, int end, int month) {
	}

	/** A day and month the text states without a year; {@code rangeEnd} for the second day of a range. */
	private record YearlessDay(int start, int end, int month, int day, boolean rangeEnd) {
	}

	/**
	 * The year of the first full date the text states ({@code April 12, 2025}), for an article without a publication
	 * date: news states the day of its event with the year and later days without it. 0 when there is none.
	 */
	private static int firstStatedYear(List<Candidate> found) {
		Candidate first = null;
		for (Candidate c : found) {
			if (c.canonical().length() == 10 && (first == null || c.start() < first.start())) {
				first = c;
			}
		}
		return first == null ? 0 : Integer.parseInt(first.canonical().substring(0, 4));
	}

	private static boolean isYear(String text, int start, int end) {
		if (start > 0 && "$€£".indexOf(text.charAt(start - 1)) >= 0) {
			return false;
		}
		// the word before: "No. 2015", "over 2000", "Regiment 2024" are not years
		int i = start;
		while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '.')) {
			i--;
		}
		int wordStart = i;
		while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
			wordStart--;
		}
		if (wordStart < i && NOT_A_YEAR_AFTER.contains(CharFolding.fold(text.substring(wordStart, i)))) {
			return false;
		}
		int j = end;
		while (j < text.length() && text.charAt(j) == ' ') {
			j++;
		}
		int wordEnd = j;
		while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
			wordEnd++;
		}
		return wordEnd == j || !COUNTED.contains(CharFolding.fold(text.substring(j, wordEnd)));
	}

	private static int fullYear(String digits) {
		int year = Integer.parseInt(digits);
		if (digits.length() == 2) {
			return year < 70 ? 2000 + year : 1900 + year;
		}
		return year;
	}

	private static void addDay(List<Candidate> found, int start, int end, int year, int month, int day) {
		if (month <= 0) {
			return;
		}
		try {
			found.add(date(start, end, LocalDate.of(year, month, day).toString()));
		}
		catch (DateTimeException ex) {
			// not a calendar date (31 February): not a date mention
		}
	}

	private static Candidate date(int start, int end, String iso) {
		return Candidate.of(start, end, EntityType.DATE, "date:" + iso, iso, null, Candidate.STRONG_RULE);
	}

}
