package io.articleflow.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.articleflow.common.event.EntityType;
import io.articleflow.extract.date.IsoDates;
import io.articleflow.extract.date.Months;
import io.articleflow.extract.text.ArticleText;
import io.articleflow.extract.text.RegexAt;
import io.articleflow.extract.text.CharFolding;

/**
 * Calendar dates, months and years the text states, with ISO 8601 canonical names: {@code October 25, 2013},
 * {@code Oct. 25, 2013}, {@code Friday, 25 October 2013} and {@code 25/10/2013} are {@code 2013-10-25};
 * {@code November 2023} is {@code 2023-11}; {@code in 2015}, {@code mid-2015} and {@code late 2015} are {@code 2015}.
 * A range is one date whose canonical name is an ISO 8601 interval with both ends in full: {@code 2016-2020},
 * {@code from 2016 to 2020}, {@code 2021-24} are {@code 2016/2020} (or {@code 2021/2024});
 * {@code March 4-5}, {@code 12-15 June 2023}, {@code March 30 - April 2}, {@code from August to October 2025} are
 * intervals of days or months, and so are two days in a row ({@code 4 and 5 December}); {@code March 4 and 6}
 * (no {@code between}) is two dates. A numeric date is read day
 * first, as Vietnamese write it, unless it cannot be or a 12-hour clock follows ({@code 8/10/22 2:55 PM} is August
 * 10). A day and month without a year ({@code on July 28}, {@code 20 November}, {@code Sept. 13}) take the
 * publication year, or in an article without one the year of the first full date it states; a month alone after a
 * word that places an event in time ({@code in July}, {@code early May}, {@code mid-May}) is of that year too;
 * {@code July last year} is of the year before, {@code last October} the latest October before the publication month
 * (when that month is known). {@code 16-03-2025} is read like {@code 16/03/2025}. Decades
 * ({@code the 1990s}) and numbers that are not years (document numbers such as {@code 130/2020/QH14}, counts such as
 * {@code 2000 troops}, {@code No. 2020}, {@code 2020%}) are not dates.
 */
final class DateMentions {

	/** A month name; an abbreviation may take a dot ({@code Sept.}), a full name does not take the full stop after it. */
	private static final String MONTH = "(" + Months.PATTERN + ")(?:(?<=Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.)?"
			+ "(?![\\p{L}])";

	private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";

	private static final String YEAR = "(1[5-9]\\d\\d|20\\d\\d)";

	/** A month written in full, for the forms that stand without a day or year ({@code in May}). */
	private static final String FULL_MONTH = "(January|February|March|April|May|June|July|August|September|October"
			+ "|November|December)";

	/** What joins the two ends of a range; {@code and} makes one only after {@code between} (checked in code). */
	private static final String JOIN = "\\s*(-|\u2013|\u2014|to|through|and)\\s*";

	/** {@code March 4-5}, {@code March 30 - April 2}, {@code March 19-20, 2025}, {@code December 30, 2024 to January 2, 2025}. */
	private static final Pattern MONTH_DAY_RANGE = Pattern.compile("(?<![\\p{L}])" + MONTH + "\\s+" + DAY
			+ "(?:,?\\s+" + YEAR + ")?" + JOIN + "(?:" + MONTH + "\\s+)?" + DAY + "(?![\\d:])(?:,?\\s+" + YEAR + "(?!\\d))?");

	/** {@code 12-15 June 2023}, {@code 30 March - 2 April}, {@code 8 to 10 December}. */
	private static final Pattern DAY_MONTH_RANGE = Pattern.compile("(?<![\\p{L}\\d/.])" + DAY + "(?:\\s+(?:of\\s+)?"
			+ MONTH + "(?:,?\\s+" + YEAR + ")?)?" + JOIN + DAY + "\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+" + YEAR + "(?!\\d))?");

	/** {@code from August to October 2025}, {@code June 2023 to May 2024}. */
	private static final Pattern MONTH_RANGE_YEAR = Pattern.compile("(?<![\\p{L}])" + MONTH + "(?:\\s+" + YEAR + ")?"
			+ JOIN + MONTH + ",?\\s+" + YEAR + "(?!\\d)");

	/** {@code from May to July}: months of the publication year. */
	private static final Pattern MONTH_RANGE = Pattern.compile("(?<=\\b(?:from|between)\\s)" + FULL_MONTH + JOIN
			+ FULL_MONTH + "(?![\\p{L}\\d])(?!\\s*,?\\s*\\d)(?!\\s+(?:last|next)\\s+year)");

	private static final Pattern MONTH_DAY_YEAR = Pattern
		.compile("(?<![\\p{L}])" + MONTH + "\\s+" + DAY + "(?![\\d:]),?\\s+" + YEAR + "(?!\\d)");

	private static final Pattern DAY_MONTH_YEAR = Pattern
		.compile("(?<![\\p{L}\\d/])" + DAY + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR + "(?!\\d)");

	private static final Pattern MONTH_YEAR = Pattern.compile("(?<![\\p{L}])" + MONTH + ",?\\s+(?:of\\s+)?" + YEAR + "(?!\\d)");

	/**
	 * A month alone after a word that places an event in time ({@code in July}, {@code planned for December},
	 * {@code late September}, {@code mid-March}): a month of the publication year. Not before a day or year, and not
	 * {@code in May last year}.
	 */
	private static final Pattern MONTH_ALONE = Pattern.compile("(?<=(?:\\b(?:in|since|from|until|till|by|before|after|for"
			+ "|early|late|through|during|of)\\s|\\bmid-))" + FULL_MONTH
			+ "(?![\\p{L}\\d])(?!\\s*,?\\s*\\d)(?!\\s+(?:last|next|this)\\s+year)");

	/** An English month name, full or abbreviated, for days without a year ({@code Sept. 13}, {@code 20 Nov}). */
	private static final String ENGLISH_MONTH = "((?:January|February|March|April|May|June|July|August|September|October"
			+ "|November|December|Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
			+ "(?:(?<=Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.)?)(?![\\p{L}])";

	/** {@code July last year}, {@code June of next year}, {@code May this year}: a month of the year before or after. */
	private static final Pattern MONTH_RELATIVE_YEAR = Pattern.compile("(?<![\\p{L}])" + FULL_MONTH
			+ "(?:\\s+of)?\\s+(last|next|this)\\s+year(?![\\p{L}])");

	/** {@code last October}, {@code next March}: the latest such month before the publication month, or the next after. */
	private static final Pattern RELATIVE_MONTH = Pattern.compile("(?<![\\p{L}])([Ll]ast|[Nn]ext)\\s+" + FULL_MONTH
			+ "(?![\\p{L}\\d])(?!\\s*,?\\s*\\d)(?!\\s+(?:last|next|this)\\s+year)");

	private static final Pattern MONTH_DAY = Pattern.compile("(?<![\\p{L}])" + ENGLISH_MONTH + "\\s+" + DAY
			+ "(?![\\d\\p{L}:/])");

	private static final Pattern DAY_MONTH = Pattern.compile("(?<![\\p{L}\\d/.])" + DAY + "\\s+(?:of\\s+)?" + ENGLISH_MONTH);

	private static final Pattern NUMERIC = Pattern.compile("(?<![\\d/.\\-\\p{L}])(\\d{1,2})([/.]|-(?=\\d{1,2}-\\d{4}))(\\d{1,2})\\2(\\d{4}|\\d{2})"
			+ "(?![\\d/\\-]|\\.\\d)(\\s+\\d{1,2}:\\d{2}\\s*[AaPp]\\.?[Mm])?");

	private static final Pattern ISO = Pattern.compile("(?<![\\d\\-/])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d\\-])");

	/** {@code 2016-2020}, {@code 2016 – 2020}, {@code from 2016 to 2020}, {@code 2021-24} (two digits: no spaces). */
	private static final Pattern YEAR_RANGE = Pattern.compile("(?<![\\p{L}\\d/.,\\-])" + YEAR + "(?:" + JOIN + YEAR
			+ "|[-\u2013](\\d{2}))(?![\\d/\\-\\p{L}%]|\\.\\d)");

	private static final Pattern LONE_YEAR = Pattern.compile("(?:(?<=\\b[Mm]id-)|(?<![\\p{L}\\d/.,\\-+#]))" + YEAR
			+ "(?![\\d/\\p{L}%]|-\\d|\\.\\d|,\\d)");

	/** The words before a month that name a part of it, ending where the month starts. */
	private static final Pattern PART_OF_MONTH = Pattern.compile("(?<![\\p{L}])(?:[Mm]id-|(?:[Ee]arly|[Ll]ate)\\s+"
			+ "|(?:[Ee]nd|[Bb]eginning|[Ss]tart|[Mm]iddle)\\s+of\\s+)$");

	/** Tokens that join the two ends of a range, to try the range patterns only where one may stand. */
	private static final Set<String> RANGE_WORDS = Set.of("-", "\u2013", "\u2014", "to", "and", "through");

	/** Words that place a month alone in time (see {@link #MONTH_ALONE}). */
	private static final Set<String> TIME_PLACING = Set.of("in", "since", "from", "until", "till", "by", "before",
			"after", "for", "early", "late", "through", "during", "of", "between");

	/** First letters of month names (folded), to skip other words cheaply. */
	private static final String MONTH_INITIALS = "jfmasond";

	/** Words after a number that count things: {@code 2000 troops} is not a year. */
	private static final Set<String> COUNTED = Set.of("troops", "soldiers", "officers", "people", "personnel", "members",
			"units", "km", "kilometres", "kilometers", "meters", "metres", "tonnes", "tons", "vehicles", "ships", "vessels",
			"aircraft", "cases", "households", "students", "delegates", "participants", "employees", "workers", "hectares",
			"ha", "usd", "vnd", "dollars", "billion", "million", "thousand", "times", "deaths", "visitors", "pages",
			"copies", "rounds", "shells", "mines", "bombs", "posts", "men", "women", "children", "sailors", "pilots",
			"guests", "votes", "projects", "items", "sq", "square", "mm", "cm", "kg", "percent", "per", "pc", "hours",
			"hrs", "mw", "kw", "tourists", "passengers", "patients", "families", "residents", "athletes", "scholarships",
			"trees", "houses", "homes", "beds", "jobs", "enterprises", "firms", "companies", "businesses");

	/** Words before a number that make it an identifier or a quantity: {@code No. 2015}, {@code over 2000}. */
	private static final Set<String> NOT_A_YEAR_AFTER = Set.of("no", "number", "p", "pp", "vol", "article", "clause",
			"room", "hotline", "code", "unit", "regiment", "division", "brigade", "battalion", "region", "corps", "zone",
			"than", "over", "about", "nearly", "around", "approximately", "almost", "some", "flight", "route", "highway",
			"hill", "height", "point", "km", "usd", "vnd", "rm", "php", "idr", "sgd", "baht");

	/**
	 * Proposes every date mention, settled among themselves (the longest reading wins).
	 * @param publishedYear the article's year for dates without one, or 0
	 */
	List<Candidate> find(ArticleText article, int publishedYear) {
		return find(article, publishedYear, 0);
	}

	/**
	 * Proposes every date mention, settled among themselves (the longest reading wins).
	 * @param publishedYear the article's year for dates without one, or 0
	 * @param publishedMonth the article's month (1-12) for {@code last October}, or 0 to leave such months alone
	 */
	List<Candidate> find(ArticleText article, int publishedYear, int publishedMonth) {
		String text = article.text();
		List<Candidate> found = new ArrayList<>();
		// a list of two days ("March 4 and 5") is one mention of two dates: the first is settled with the others,
		// the second follows it
		List<Candidate> listEnds = new ArrayList<>();
		// dates without a year wait for the year: the publication's, else the first one the text states
		List<Yearless> yearless = new ArrayList<>();
		// the patterns are tried only where a month name or a number starts: scanning every offset costs far more
		Matcher monthDayRange = MONTH_DAY_RANGE.matcher(text);
		Matcher dayMonthRange = DAY_MONTH_RANGE.matcher(text);
		Matcher monthRangeYear = MONTH_RANGE_YEAR.matcher(text);
		Matcher monthRange = MONTH_RANGE.matcher(text);
		Matcher monthDayYear = MONTH_DAY_YEAR.matcher(text);
		Matcher dayMonthYear = DAY_MONTH_YEAR.matcher(text);
		Matcher monthYear = MONTH_YEAR.matcher(text);
		Matcher monthDay = MONTH_DAY.matcher(text);
		Matcher monthAlone = MONTH_ALONE.matcher(text);
		Matcher monthRelativeYear = MONTH_RELATIVE_YEAR.matcher(text);
		Matcher relativeMonth = RELATIVE_MONTH.matcher(text);
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
				// the token after the month, past the dot of an abbreviation ("Sept. 13")
				int next = t + 1 < article.size() && article.isPunct(t + 1, '.') ? t + 2 : t + 1;
				boolean dayFollows = next < article.size() && article.kind(next) == ArticleText.NUMBER;
				boolean rangeFollows = next < article.size() && RANGE_WORDS.contains(article.foldedToken(next));
				boolean placedInTime = t > 0 && (TIME_PLACING.contains(article.foldedToken(t - 1))
						|| article.isPunct(t - 1, '-'));
				Matcher m;
				if (dayFollows && (m = RegexAt.match(monthDayRange, at)) != null) {
					monthDayRange(text, m, found, listEnds, yearless);
				}
				if (dayFollows && (m = RegexAt.match(monthDayYear, at)) != null) {
					add(found, m.start(), m.end(), IsoDates.day(year(m.group(3)), Months.number(m.group(1)), day(m.group(2))));
				}
				if ((m = RegexAt.match(monthYear, at)) != null) {
					add(found, m.start(), m.end(), IsoDates.month(year(m.group(2)), Months.number(m.group(1))));
				}
				if ((m = RegexAt.match(monthRangeYear, at)) != null) {
					monthRangeYear(text, m, found);
				}
				if (rangeFollows && placedInTime && (m = RegexAt.match(monthRange, at)) != null && joins(text, m, 2)) {
					int from = Months.number(m.group(1));
					int to = Months.number(m.group(3));
					yearless.add(new Yearless(m.start(), m.end(), false,
							y -> IsoDates.interval(IsoDates.month(y, from), IsoDates.month(from > to ? y + 1 : y, to))));
				}
				if (next < article.size() && article.kind(next) == ArticleText.WORD
						&& (m = RegexAt.match(monthRelativeYear, at)) != null) {
					int month = Months.number(m.group(1));
					int offset = switch (m.group(2)) {
						case "last" -> -1;
						case "next" -> 1;
						default -> 0;
					};
					yearless.add(new Yearless(m.start(), m.end(), false, y -> IsoDates.month(y + offset, month)));
				}
				if (publishedMonth > 0 && t > 0 && (m = RegexAt.match(relativeMonth, article.start(t - 1))) != null) {
					int month = Months.number(m.group(2));
					boolean last = Character.toLowerCase(m.group(1).charAt(0)) == 'l';
					// the latest such month before the publication month, or the first after it
					int offset = last ? (month < publishedMonth ? 0 : -1) : (month > publishedMonth ? 0 : 1);
					yearless.add(new Yearless(m.start(), m.end(), false, y -> IsoDates.month(y + offset, month)));
				}
				if (placedInTime && (m = RegexAt.match(monthAlone, at)) != null) {
					int month = Months.number(m.group(1));
					yearless.add(new Yearless(partOfMonthStart(text, m.start()), m.end(), false, y -> IsoDates.month(y, month)));
				}
				if (dayFollows && (m = RegexAt.match(monthDay, at)) != null) {
					int month = Months.number(m.group(1));
					int day = day(m.group(2));
					yearless.add(new Yearless(m.start(), m.end(), false, y -> IsoDates.day(y, month, day)));
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
				// a year, a range of years, or an ISO date
				if ((m = RegexAt.match(iso, at)) != null) {
					add(found, m.start(), m.end(), IsoDates.day(year(m.group(1)), day(m.group(2)), day(m.group(3))));
				}
				if ((m = RegexAt.match(yearRange, at)) != null) {
					yearRange(text, m, found);
				}
				if ((m = RegexAt.match(loneYear, at)) != null && isYear(text, m.start(), m.end())) {
					found.add(date(m.start(), m.end(), m.group(1)));
				}
				continue;
			}
			if (digits > 2) {
				continue;
			}
			if ((m = RegexAt.match(dayMonthRange, at)) != null) {
				dayMonthRange(text, m, found, listEnds, yearless);
			}
			if ((m = RegexAt.match(dayMonthYear, at)) != null) {
				add(found, m.start(), m.end(), IsoDates.day(year(m.group(3)), Months.number(m.group(2)), day(m.group(1))));
			}
			if ((m = RegexAt.match(dayMonth, at)) != null) {
				int month = Months.number(m.group(2));
				int day = day(m.group(1));
				yearless.add(new Yearless(m.start(), m.end(), false, y -> IsoDates.day(y, month, day)));
			}
			if ((m = RegexAt.match(numeric, at)) != null) {
				int a = day(m.group(1));
				int b = day(m.group(3));
				int year = fullYear(m.group(4));
				boolean monthFirst = a <= 12 && (b > 12 || m.group(5) != null);
				int end = m.group(5) == null ? m.end() : m.start(5);
				add(found, m.start(), end, monthFirst ? IsoDates.day(year, a, b) : IsoDates.day(year, b, a));
			}
		}
		int year = publishedYear > 0 ? publishedYear : firstStatedYear(found);
		if (year > 0) {
			for (Yearless date : yearless) {
				add(date.listEnd() ? listEnds : found, date.start(), date.end(), date.iso().apply(year));
			}
		}
		List<Candidate> kept = new ArrayList<>(new SpanSelector().offer(found).kept());
		for (Candidate listEnd : listEnds) {
			if (kept.stream().anyMatch(c -> c.start() == listEnd.start() && c.end() == listEnd.end())) {
				kept.add(listEnd);
			}
		}
		return kept;
	}

	/**
	 * {@code March 4-5}, {@code March 30 - April 2, 2025}: one interval of days (a day range without a year waits for
	 * it); {@code March 4 and 6} without {@code between}: two days; {@code March 4 and 5}, two days in a row: their
	 * interval.
	 */
	private static void monthDayRange(String text, Matcher m, List<Candidate> found, List<Candidate> listEnds,
			List<Yearless> yearless) {
		int fromMonth = Months.number(m.group(1));
		int fromDay = day(m.group(2));
		int toMonth = m.group(5) == null ? fromMonth : Months.number(m.group(5));
		int toDay = day(m.group(6));
		boolean list = !joins(text, m, 4) && !(m.group(5) == null && toDay == fromDay + 1);
		if (list && m.group(5) != null) {
			return; // "March 30 and April 2": each day on its own
		}
		ranges(text, m.start(), m.end(), fromMonth, fromDay, m.group(3), toMonth, toDay, m.group(7), list, found, listEnds,
				yearless);
	}

	/** {@code 12-15 June 2023}, {@code 30 March - 2 April}: as {@link #monthDayRange}, day first. */
	private static void dayMonthRange(String text, Matcher m, List<Candidate> found, List<Candidate> listEnds,
			List<Yearless> yearless) {
		int toMonth = Months.number(m.group(6));
		int fromMonth = m.group(2) == null ? toMonth : Months.number(m.group(2));
		int fromDay = day(m.group(1));
		int toDay = day(m.group(5));
		boolean list = !joins(text, m, 4) && !(m.group(2) == null && toDay == fromDay + 1);
		if (list && m.group(2) != null) {
			return;
		}
		ranges(text, m.start(), m.end(), fromMonth, fromDay, m.group(3), toMonth, toDay, m.group(7), list, found,
				listEnds, yearless);
	}

	private static void ranges(String text, int start, int end, int fromMonth, int fromDay, String fromYearDigits,
			int toMonth, int toDay, String toYearDigits, boolean list, List<Candidate> found, List<Candidate> listEnds,
			List<Yearless> yearless) {
		if (toYearDigits == null && fromYearDigits == null) {
			if (!endsWithoutYear(text, end)) {
				return;
			}
			yearless.add(new Yearless(start, end, false, y -> list ? IsoDates.day(y, fromMonth, fromDay)
					: IsoDates.interval(IsoDates.day(y, fromMonth, fromDay), IsoDates.day(fromMonth > toMonth ? y + 1 : y,
							toMonth, toDay))));
			if (list) {
				yearless.add(new Yearless(start, end, true, y -> IsoDates.day(y, toMonth, toDay)));
			}
			return;
		}
		int toYear = toYearDigits == null ? year(fromYearDigits) : year(toYearDigits);
		int fromYear = fromYearDigits != null ? year(fromYearDigits) : fromMonth > toMonth ? toYear - 1 : toYear;
		if (list) {
			add(found, start, end, IsoDates.day(fromYear, fromMonth, fromDay));
			add(listEnds, start, end, IsoDates.day(toYear, toMonth, toDay));
		}
		else {
			add(found, start, end, IsoDates.interval(IsoDates.day(fromYear, fromMonth, fromDay),
					IsoDates.day(toYear, toMonth, toDay)));
		}
	}

	/** {@code from August to October 2025} is an interval of months; {@code January and February 2024} is two. */
	private static void monthRangeYear(String text, Matcher m, List<Candidate> found) {
		int fromMonth = Months.number(m.group(1));
		int toMonth = Months.number(m.group(4));
		int toYear = year(m.group(5));
		int fromYear = m.group(2) != null ? year(m.group(2)) : fromMonth > toMonth ? toYear - 1 : toYear;
		if (!joins(text, m, 3)) {
			if (m.group(2) == null) {
				// the first month of a list takes the year written after the last
				add(found, m.start(1), m.end(1), IsoDates.month(fromYear, fromMonth));
			}
			return;
		}
		add(found, m.start(), m.end(), IsoDates.interval(IsoDates.month(fromYear, fromMonth), IsoDates.month(toYear, toMonth)));
	}

	/** {@code 2016-2020}, {@code 2021-24}: an interval of years, unless the numbers count things. */
	private static void yearRange(String text, Matcher m, List<Candidate> found) {
		int from = year(m.group(1));
		int to;
		if (m.group(4) != null) {
			to = from / 100 * 100 + Integer.parseInt(m.group(4));
		}
		else {
			if (!joins(text, m, 2)) {
				return; // "2016 and 2020": two years, each on its own
			}
			to = year(m.group(3));
		}
		if (!isYear(text, m.start(1), m.end(1)) || !isYear(text, m.start(), m.end())) {
			return;
		}
		add(found, m.start(), m.end(), IsoDates.interval(String.valueOf(from), String.valueOf(to)));
	}

	/**
	 * Where the mention of a month alone starts: at the word that names its part ({@code mid-May}, {@code early May},
	 * {@code late May}, {@code the end of May}: the month all the same), else at the month.
	 */
	private static int partOfMonthStart(String text, int month) {
		Matcher part = PART_OF_MONTH.matcher(text);
		part.region(Math.max(0, month - 16), month);
		part.useTransparentBounds(true);
		return part.find() ? part.start() : month;
	}

	/** Whether the join word of the range (its group) makes a range: any but {@code and}, which needs {@code between}. */
	private static boolean joins(String text, Matcher m, int joinGroup) {
		if (!"and".equals(m.group(joinGroup))) {
			return true;
		}
		int i = m.start();
		while (i > 0 && text.charAt(i - 1) == ' ') {
			i--;
		}
		return i >= 7 && text.regionMatches(true, i - 7, "between", 0, 7)
				&& (i == 7 || !Character.isLetter(text.charAt(i - 8)));
	}

	/**
	 * Whether a range of days without a year really ends there: not before another number or word ({@code March
	 * 4-5, 300 soldiers} is not read; {@code March 4-5 2025} was read with its year).
	 */
	private static boolean endsWithoutYear(String text, int end) {
		if (end == text.length()) {
			return true;
		}
		char c = text.charAt(end);
		if (Character.isLetterOrDigit(c) || c == ':' || c == '/') {
			return false;
		}
		int i = end;
		if (c == ',') {
			i++;
		}
		while (i < text.length() && text.charAt(i) == ' ') {
			i++;
		}
		return i == text.length() || !Character.isDigit(text.charAt(i));
	}

	/** A date stated without a year; {@code iso} gives its canonical name in a year, {@code listEnd} for the second of two. */
	private record Yearless(int start, int end, boolean listEnd, IntFunction<String> iso) {
	}

	/**
	 * The year of the first full date the text states ({@code April 12, 2025}), for an article without a publication
	 * date: news states the day of its event with the year and later days without it. 0 when there is none.
	 */
	private static int firstStatedYear(List<Candidate> found) {
		Candidate first = null;
		for (Candidate c : found) {
			if (IsoDates.isDay(c.canonical()) && (first == null || c.start() < first.start())) {
				first = c;
			}
		}
		return first == null ? 0 : IsoDates.startYear(first.canonical());
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
		if (isDecade(text, start, end)) {
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

	/**
	 * {@code the 1990's}: a round year with {@code 's} before a word in lower case (or nothing) names a decade; a
	 * year's possessive ({@code 2020's ASEAN Chairmanship}) is followed by a name.
	 */
	private static boolean isDecade(String text, int start, int end) {
		if (text.charAt(end - 1) != '0' || end + 1 >= text.length()
				|| CharFolding.fold(text.charAt(end)) != '\'' || Character.toLowerCase(text.charAt(end + 1)) != 's') {
			return false;
		}
		int k = end + 2;
		while (k < text.length() && text.charAt(k) == ' ') {
			k++;
		}
		return k == text.length() || !Character.isUpperCase(text.charAt(k));
	}

	private static int fullYear(String digits) {
		int year = Integer.parseInt(digits);
		if (digits.length() == 2) {
			return year < 70 ? 2000 + year : 1900 + year;
		}
		return year;
	}

	private static int year(String digits) {
		return Integer.parseInt(digits);
	}

	private static int day(String digits) {
		return Integer.parseInt(digits);
	}

	/** Adds the date, if it is one: {@code null} stands for a day or range that is not on the calendar. */
	private static void add(List<Candidate> found, int start, int end, String iso) {
		if (iso != null) {
			found.add(date(start, end, iso));
		}
	}

	private static Candidate date(int start, int end, String iso) {
		return Candidate.of(start, end, EntityType.DATE, "date:" + iso, iso, null, Candidate.STRONG_RULE);
	}

}
