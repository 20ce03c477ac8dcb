package io.articleflow.extract.entity;

import java.util.Set;
import java.util.regex.Pattern;

import io.articleflow.extract.kb.KnowledgeBase;
import io.articleflow.extract.text.ArticleText;

/**
 * How a person's name is written, read the same way by every person rule: one to three name words (four after a
 * Vietnamese family name, whose given syllables count by their form alone), middle initials that do not count as
 * words ({@code Lloyd J. Austin}), hyphenated parts ({@code Kim Sang-sik}) and a generational suffix
 * ({@code Jr.}, {@code Sr.}, {@code III}), which is part of the mention but not of what groups the person's mentions.
 * <p>
 * Vietnamese names: a family name from the short list nearly every Vietnamese carries, then one to three syllables,
 * each a well-formed Vietnamese syllable, written with or without diacritics ({@code Phan Van Giang},
 * {@code Hoàng Xuân Chiến}, {@code HOANG XUAN CHIEN}).
 * <p>
 * Ships are often named after people ({@code the frigate Tran Hung Dao}, {@code BRP Andres Bonifacio},
 * {@code Le Quy Don 286}): a name the person rules find is a vessel's when a ship prefix, a hull number or a word for a
 * ship stands right before or after it.
 */
final class PersonNameForm {

	/** Generational suffixes (folded). */
	private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

	/**
	 * Particles that join a given name to the father's (folded); the father's title stands for them in Malaysian
	 * names ({@code Hishammuddin Tun Hussein}).
	 */
	private static final Set<String> PATRONYMICS = Set.of("bin", "binti", "bte", "ibn", "tun");

	private PersonNameForm() {
	}

	/**
	 * The end (exclusive) of the name starting at the token, or the token itself when no name starts there.
	 * @param vietnameseForm whether a Vietnamese family name lets its given syllables in by their form alone
	 */
	static int end(ArticleText article, int start, KnowledgeBase knowledgeBase, boolean vietnameseForm) {
		int n = article.size();
		if (start >= n || !PersonNames.isNameWord(article, start, knowledgeBase) || isSuffix(article, start)) {
			return start;
		}
		boolean vietnamese = PersonNameForm.isFamilyName(article.foldedToken(start));
		int max = vietnamese ? 4 : 3;
		int words = 1;
		int end = start + 1;
		while (end < n && words < max && article.sameLineGap(end - 1, end)) {
			int particle = particleEnd(article, end);
			if (!vietnamese && particle > end && particle < n && article.sameLineGap(particle - 1, particle)
					&& PersonNames.isNameWord(article, particle, knowledgeBase)) {
				end = particle; // "Mohd Yani bin Daud", "Mohamad Bin Haji Hasan": a patronymic joins the words around it
				continue;
			}
			int initial = initialEnd(article, end);
			if (!vietnamese && initial > end && initial < n && article.sameLineGap(initial - 1, initial)
					&& PersonNames.isNameWord(article, initial, knowledgeBase)) {
				end = initial; // "Lloyd J. Austin": the initial joins the words around it
				continue;
			}
			boolean next = vietnamese && vietnameseForm
					? article.isCapitalized(end) && article.isAllCaps(end) == article.isAllCaps(start)
							&& PersonNameForm.isGivenSyllable(article.foldedToken(end))
							&& !PersonNames.isTitleHead(article.foldedToken(end))
					: PersonNames.isNameWord(article, end, knowledgeBase) && !isSuffix(article, end);
			if (!next) {
				break;
			}
			words++;
			end++;
		}
		while (end + 1 < n && article.isPunct(end, '-') && article.touching(end - 1, end) && article.touching(end, end + 1)
				&& article.kind(end + 1) == ArticleText.WORD) {
			end += 2; // "Kim Sang-sik", "Lee Jae-myung"
		}
		return words >= 2 || end - start > 1 ? suffixEnd(article, end) : end;
	}

	/** The end of a patronymic particle at the token ({@code bin}, {@code binti Haji}), or the token itself. */
	private static int particleEnd(ArticleText article, int t) {
		if (t >= article.size() || article.kind(t) != ArticleText.WORD || !PATRONYMICS.contains(article.foldedToken(t))) {
			return t;
		}
		int k = t + 1;
		if (k < article.size() && (article.foldedToken(k).equals("haji") || article.foldedToken(k).equals("hajah"))) {
			k++;
		}
		return k;
	}

	/** The end of a middle initial at the token ({@code J.}), or the token itself when none stands there. */
	private static int initialEnd(ArticleText article, int t) {
		if (t + 1 < article.size() && article.kind(t) == ArticleText.WORD && article.end(t) - article.start(t) == 1
				&& Character.isUpperCase(article.firstChar(t))) {
			// "Lloyd J. Austin", and without the dot: "John C Aquilino"
			return article.isPunct(t + 1, '.') && article.touching(t, t + 1) ? t + 2 : t + 1;
		}
		return t;
	}

	/** After a name of two words or more: the end of a suffix ({@code Jr.}, {@code , Jr.}, {@code III}), if any. */
	private static int suffixEnd(ArticleText article, int end) {
		int n = article.size();
		int k = end;
		if (k + 1 < n && article.isPunct(k, ',') && isSuffix(article, k + 1) && article.sameLineGap(k, k + 1)) {
			k++; // "Martin Luther King, Jr."
		}
		if (k >= n || !isSuffix(article, k) || !article.sameLineGap(end - 1, k)) {
			return end;
		}
		boolean roman = !article.foldedToken(k).endsWith("r");
		if (roman && !article.isAllCaps(k)) {
			return end; // "Ii" is no numeral
		}
		k++;
		if (!roman && k < n && article.isPunct(k, '.') && article.touching(k - 1, k)) {
			k++; // "Jr." keeps its dot; a full stop after "III" ends the sentence
		}
		return k;
	}

	private static boolean isSuffix(ArticleText article, int t) {
		return article.kind(t) == ArticleText.WORD && SUFFIXES.contains(article.foldedToken(t));
	}

	/** Whether the word (as written) is a generational suffix or a middle initial: no part of what names the person. */
	static boolean isOrnament(String word) {
		String bare = word.endsWith(".") || word.endsWith(",") ? word.substring(0, word.length() - 1) : word;
		return bare.length() == 1 && Character.isUpperCase(bare.charAt(0))
				|| SUFFIXES.contains(bare.toLowerCase(java.util.Locale.ROOT));
	}

	// Vietnamese names

	/** Family names (folded); together they cover the vast majority of Vietnamese. */
	static final Set<String> FAMILY_NAMES = Set.of("nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo",
			"dang", "bui", "do", "ho", "ngo", "duong", "ly", "truong", "dinh", "dao", "doan", "lam", "luong", "mai",
			"trinh", "cao", "ha", "ta", "tong", "to", "chu", "quach", "luu", "kieu", "thai", "lai", "nong", "lu", "van",
			"trieu", "phung", "tang", "la", "khuat", "thach", "diep", "vuong", "giang", "tieu", "lo", "lang", "ma", "mac",
			"nghiem", "ong", "quan", "thieu", "ton", "uong", "au", "banh", "bach", "cu", "khong", "khuc", "kim", "lieu",
			"than", "can");

	/** Syllables that are English words too common to be trusted inside a name. */
	private static final Set<String> ENGLISH = Set.of("the", "to", "a", "an", "in", "on", "at", "he", "she", "so", "no",
			"go", "me", "we", "be", "do", "my", "by", "it", "is", "as", "or", "if", "up", "us", "can", "then",
			"than", "them", "they", "men", "ten", "tin", "hat", "cat", "map", "nap", "top", "tip", "thin", "sea", "sun",
			"ban", "bin", "con", "pro", "den", "hen", "pen", "pin", "via", "yet", "mine", "page", "note",
			"tea", "ma", "pa");

	/** Onset, nucleus and coda of a Vietnamese syllable without tone marks. */
	private static final Pattern SYLLABLE = Pattern.compile("(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|g|h|k|l|m|n|p|r|s|t|v|x)?"
			+ "(?:uye|uya|uyu|uoi|uou|oai|oay|oeo|ieu|yeu|uay|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|oo|ua|ue|ui|uo|uy|ye"
			+ "|uu|a|e|i|o|u|y)(?:ch|ng|nh|c|m|n|p|t)?");

	static boolean isFamilyName(String folded) {
		return FAMILY_NAMES.contains(folded);
	}

	/** Whether the folded word is a well-formed Vietnamese syllable (tones and vowel marks folded away). */
	static boolean isSyllable(String folded) {
		return folded.length() <= 7 && SYLLABLE.matcher(folded).matches();
	}

	/** A syllable that may follow the family name: well formed and not a common English word. */
	static boolean isGivenSyllable(String folded) {
		return isSyllable(folded) && !ENGLISH.contains(folded);
	}

	// Vessels named after people

	/** Ship prefixes of navies and coast guards (folded). */
	private static final Set<String> PREFIXES = Set.of("brp", "uss", "usns", "uscgc", "hms", "hmas", "hmcs", "hmnzs", "ins",
			"kri", "kd", "rss", "htms", "js", "roks", "pns", "ums", "frs", "bns", "its", "fs", "hnlms", "tcg", "kapal");

	/** Words for ships (folded). */
	private static final Set<String> SHIPS = Set.of("frigate", "corvette", "destroyer", "submarine", "ship", "warship",
			"vessel", "cruiser", "carrier", "cutter", "boat", "tanker", "icebreaker", "gunboat", "minesweeper");

	/** Whether the person found at [start, end) is the name of a ship. */
	static boolean isVessel(ArticleText article, int start, int end) {
		int first = article.tokenAtOrAfter(start);
		int last = article.tokenEndingAtOrBefore(end);
		if (first < 0 || last < first) {
			return false;
		}
		if (last > first && PREFIXES.contains(article.foldedToken(first)) && article.isAllCaps(first)) {
			return true; // "BRP Andres Bonifacio" read as one name
		}
		int before = first - 1;
		if (before >= 0 && article.sameLineGap(before, first)) {
			String word = article.foldedToken(before);
			if (PREFIXES.contains(word) && article.isAllCaps(before) || SHIPS.contains(word)
					|| article.kind(before) == ArticleText.NUMBER && isHullNumber(article, before)) {
				return true;
			}
		}
		int after = last + 1;
		if (after < article.size() && article.sameLineGap(last, after)) {
			String word = article.foldedToken(after);
			return SHIPS.contains(word) && !article.isCapitalized(after)
					|| article.kind(after) == ArticleText.NUMBER && isHullNumber(article, after);
		}
		return false;
	}

	/** A bare number of two to four digits: {@code 286}, {@code 015} (not a year, a date or an ordinal). */
	private static boolean isHullNumber(ArticleText article, int t) {
		String token = article.token(t);
		if (token.length() < 2 || token.length() > 4) {
			return false;
		}
		for (int i = 0; i < token.length(); i++) {
			if (!Character.isDigit(token.charAt(i))) {
				return false;
			}
		}
		int value = Integer.parseInt(token);
		return !(token.length() == 4 && value >= 1900 && value <= 2100);
	}

}
