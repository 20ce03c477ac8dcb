package io.articleflow.extract.date;

import java.util.HashMap;
import java.util.Map;

import io.articleflow.extract.text.CharFolding;

/**
 * Month names of English and French (translations of Vietnamese and ASEAN sources mix them: {@code Avril 2022}),
 * full and abbreviated.
 */
public final class Months {

	/** A regular-expression alternation of every month name, longest first, without the optional final dot. */
	public static final String PATTERN = "(?:January|February|March|April|May|June|July|August|September|October"
			+ "|November|December|Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
			+ "|[Jj]anvier|[Ff][ée]vrier|[Aa]vril|[Jj]uillet|[Aa]o[uû]t|[Ss]eptembre|[Oo]ctobre|[Nn]ovembre|[Dd][ée]cembre"
			+ "|[Mm]ars|[Jj]uin|[Mm]ai)";

	private static final Map<String, Integer> NUMBERS = new HashMap<>();

	static {
		String[][] names = { { "january", "jan", "janvier" }, { "february", "feb", "fevrier" }, { "march", "mar", "mars" },
				{ "april", "apr", "avril" }, { "may", "mai" }, { "june", "jun", "juin" }, { "july", "jul", "juillet" },
				{ "august", "aug", "aout" }, { "september", "sep", "sept", "septembre" }, { "october", "oct", "octobre" },
				{ "november", "nov", "novembre" }, { "december", "dec", "decembre" } };
		for (int m = 0; m < names.length; m++) {
			for (String name : names[m]) {
				NUMBERS.put(name, m + 1);
			}
		}
	}

	private Months() {
	}

	/** The month number (1-12) of an already folded word without a dot ({@code avril}), or 0. */
	public static int numberOfFolded(String folded) {
		Integer n = NUMBERS.get(folded);
		return n == null ? 0 : n;
	}

	/** The month number (1-12) of a name matched by {@link #PATTERN}, or 0. */
	public static int number(String name) {
		String key = CharFolding.fold(name);
		if (key.endsWith(".")) {
			key = key.substring(0, key.length() - 1);
		}
		return NUMBERS.getOrDefault(key, 0);
	}

}
