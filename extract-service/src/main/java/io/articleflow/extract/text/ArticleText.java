package io.articleflow.extract.text;

import java.util.HashSet;
import java.util.Set;

/**
 * A cleaned article prepared for the recognisers: the text, its {@link CharFolding folded} twin of the same length,
 * and a light tokenisation (words, numbers, single punctuation characters) with offsets and sentence starts.
 * Built once per article; the rules share it instead of re-scanning the text.
 */
public final class ArticleText {

	/** A token made of letters (it may contain digits and inner apostrophes: {@code People's}). */
	public static final byte WORD = 1;

	/** A token starting with a digit: {@code 2013}, {@code 13th}, {@code QH14} is a word. */
	public static final byte NUMBER = 2;

	/** One punctuation or symbol character. */
	public static final byte PUNCT = 3;

	private final String text;

	private final String folded;

	private final int[] starts;

	private final int[] ends;

	private final byte[] kinds;

	private final boolean[] sentenceStarts;

	/** Per token: bit 0 capitalised word, bit 1 all-capital word (computed once, asked often). */
	private final byte[] caseFlags;

	private final int size;

	private Set<String> lowerCaseWords;

	/** Whether the first line is a headline in title case; null until asked. */
	private Boolean titleCaseHeadline;

	private String[] foldedTokens;

	private ArticleText(String text, String folded, int[] starts, int[] ends, byte[] kinds, boolean[] sentenceStarts,
			int size) {
		this.text = text;
		this.folded = folded;
		this.starts = starts;
		this.ends = ends;
		this.kinds = kinds;
		this.sentenceStarts = sentenceStarts;
		this.size = size;
		this.caseFlags = new byte[size];
		for (int t = 0; t < size; t++) {
			caseFlags[t] = caseOf(text, starts[t], ends[t], kinds[t]);
		}
	}

	private static byte caseOf(String text, int start, int end, byte kind) {
		if (kind != WORD || !Character.isUpperCase(text.charAt(start))) {
			return 0;
		}
		if (end - start < 2) {
			return 1;
		}
		for (int i = start + 1; i < end; i++) {
			char c = text.charAt(i);
			if (Character.isLetter(c) && !Character.isUpperCase(c)) {
				return 1;
			}
		}
		return 3;
	}

	/** Tokenises a cleaned text. */
	public static ArticleText of(String text) {
		int capacity = Math.max(16, text.length() / 4);
		int[] starts = new int[capacity];
		int[] ends = new int[capacity];
		byte[] kinds = new byte[capacity];
		boolean[] sentenceStarts = new boolean[capacity];
		int n = 0;
		boolean nextStartsSentence = true;
		int length = text.length();
		int i = 0;
		while (i < length) {
			char c = text.charAt(i);
			if (c == '\n') {
				nextStartsSentence = true;
				i++;
				continue;
			}
			if (Character.isWhitespace(c)) {
				i++;
				continue;
			}
			int start = i;
			byte kind;
			if (Character.isLetterOrDigit(c)) {
				kind = Character.isDigit(c) ? NUMBER : WORD;
				i++;
				while (i < length) {
					char d = text.charAt(i);
					if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
						i++;
					}
					else if (d == '\'' && i + 1 < length && Character.isLetter(text.charAt(i + 1)) && kind == WORD
							&& !isPossessive(text, i)) {
						i += 2;
					}
					else {
						break;
					}
				}
			}
			else if (c == '\'' && isPossessive(text, i)) {
				kind = PUNCT; // the possessive 's stands alone: "Minh's" is "Minh" + "'s"
				i += 2;
			}
			else {
				kind = PUNCT;
				i++;
			}
			if (n == starts.length) {
				int grown = n * 2;
				starts = java.util.Arrays.copyOf(starts, grown);
				ends = java.util.Arrays.copyOf(ends, grown);
				kinds = java.util.Arrays.copyOf(kinds, grown);
				sentenceStarts = java.util.Arrays.copyOf(sentenceStarts, grown);
			}
			starts[n] = start;
			ends[n] = i;
			kinds[n] = kind;
			sentenceStarts[n] = nextStartsSentence && kind != PUNCT;
			if (kind == PUNCT) {
				// a sentence starts after terminal punctuation, bullets and opening quotes at a sentence start
				if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '\u2022' || c == '_') {
					nextStartsSentence = !(c == '.' && n > 0 && isAbbreviation(text, starts[n - 1], ends[n - 1]));
				}
				// opening quotes and brackets keep the pending sentence start for the word they open
			}
			else {
				nextStartsSentence = false;
			}
			n++;
		}
		return new ArticleText(text, CharFolding.fold(text), starts, ends, kinds, sentenceStarts, n);
	}

	/** An apostrophe that starts a possessive {@code 's} (then no letter). */
	private static boolean isPossessive(String text, int apostrophe) {
		int s = apostrophe + 1;
		return s < text.length() && (text.charAt(s) == 's' || text.charAt(s) == 'S')
				&& (s + 1 == text.length() || !Character.isLetter(text.charAt(s + 1)));
	}

	private static boolean isAbbreviation(String text, int start, int end) {
		int len = end - start;
		if (len == 1) {
			return Character.isUpperCase(text.charAt(start));
		}
		if (len > 5) {
			return false;
		}
		String word = text.substring(start, end);
		return switch (word) {
			case "No", "Mr", "Mrs", "Ms", "Dr", "Prof", "Assoc", "Gen", "Col", "Lt", "Maj", "Capt", "Adm", "Brig", "Sgt",
					"St", "Vol", "pp", "p", "Jr", "Sr", "vs", "etc", "Inc", "Co", "Ltd", "Sen", "Snr", "Lieut", "Cdr", "Cmdr",
					"Gov", "Rep", "Amb", "Hon", "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec" ->
				true;
			default -> false;
		};
	}

	/** The cleaned text. */
	/**
	 * Whether the offset lies in a headline capitalising every word ({@code Navy Chief Visits Coast Guard
	 * Headquarters}), whose capitals say nothing about names. Only the first line is taken for a headline: other lines
	 * in title case are bylines and positions, whose capitals do mark names.
	 */
	public boolean inTitleCaseHeadline(int offset) {
		int lineEnd = text.indexOf('\n');
		if (lineEnd < 0) {
			lineEnd = text.length();
		}
		if (offset >= lineEnd) {
			return false;
		}
		if (titleCaseHeadline == null) {
			titleCaseHeadline = isTitleCase(lineEnd);
		}
		return titleCaseHeadline;
	}

	private boolean isTitleCase(int lineEnd) {
		// headlines are short and end without a full stop; name-dense sentences are not headlines
		if (lineEnd > 200 || lineEnd > 0 && text.charAt(lineEnd - 1) == '.') {
			return false;
		}
		int words = 0;
		int capitalised = 0;
		for (int k = 0; k < size && starts[k] < lineEnd; k++) {
			if (kinds[k] == WORD && ends[k] - starts[k] > 3) {
				words++;
				if (isCapitalized(k)) {
					capitalised++;
				}
			}
		}
		return words >= 4 && capitalised * 10 >= words * 8;
	}

	public String text() {
		return text;
	}

	/** The folded text, same length as {@link #text()}. */
	public String folded() {
		return folded;
	}

	/** Number of tokens. */
	public int size() {
		return size;
	}

	public int start(int token) {
		return starts[token];
	}

	public int end(int token) {
		return ends[token];
	}

	public byte kind(int token) {
		return kinds[token];
	}

	/** Whether the token opens a sentence or a line (so its capital letter says nothing). */
	public boolean startsSentence(int token) {
		return sentenceStarts[token];
	}

	public String token(int token) {
		return text.substring(starts[token], ends[token]);
	}

	/** The folded form of the token, computed once per article and shared by all rules. */
	public String foldedToken(int token) {
		String[] cache = foldedTokens;
		if (cache == null) {
			cache = new String[size];
			foldedTokens = cache;
		}
		String word = cache[token];
		if (word == null) {
			word = folded.substring(starts[token], ends[token]);
			cache[token] = word;
		}
		return word;
	}

	public char firstChar(int token) {
		return text.charAt(starts[token]);
	}

	public boolean isPunct(int token, char c) {
		return kinds[token] == PUNCT && text.charAt(starts[token]) == c;
	}

	/** A word whose first letter is upper case ({@code Giang}, {@code ASEAN}, {@code People's}). */
	public boolean isCapitalized(int token) {
		return (caseFlags[token] & 1) != 0;
	}

	/** A word of two or more letters, all upper case ({@code VPA}, {@code HOANG}). */
	public boolean isAllCaps(int token) {
		return (caseFlags[token] & 2) != 0;
	}

	/** Whether only white space (no line break) separates the two adjacent tokens. */
	public boolean sameLineGap(int left, int right) {
		for (int i = ends[left]; i < starts[right]; i++) {
			if (text.charAt(i) == '\n') {
				return false;
			}
		}
		return true;
	}

	/** Whether the two adjacent tokens touch (no space between them). */
	public boolean touching(int left, int right) {
		return ends[left] == starts[right];
	}

	/** The index of the first token starting at or after the offset ({@link #size()} if none). */
	public int tokenAtOrAfter(int offset) {
		int lo = 0;
		int hi = size;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (starts[mid] < offset) {
				lo = mid + 1;
			}
			else {
				hi = mid;
			}
		}
		return lo;
	}

	/** The index of the last token ending at or before the offset (-1 if none). */
	public int tokenEndingAtOrBefore(int offset) {
		int lo = 0;
		int hi = size;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (ends[mid] <= offset) {
				lo = mid + 1;
			}
			else {
				hi = mid;
			}
		}
		return lo - 1;
	}

	/**
	 * Whether the word occurs in lower case somewhere in the article other than at a sentence start: a capitalised
	 * word that the article also writes in lower case ({@code Army} / {@code army}) is a common word there.
	 */
	public boolean occursInLowerCase(String foldedWord) {
		Set<String> words = lowerCaseWords;
		if (words == null) {
			words = new HashSet<>(size / 3);
			for (int t = 0; t < size; t++) {
				if (kinds[t] == WORD && Character.isLowerCase(text.charAt(starts[t]))) {
					words.add(foldedToken(t));
				}
			}
			lowerCaseWords = words;
		}
		return words.contains(foldedWord);
	}

}
