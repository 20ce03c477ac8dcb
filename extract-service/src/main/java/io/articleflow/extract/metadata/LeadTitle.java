package io.articleflow.extract.metadata;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A title for an article that has no headline line: its first sentence, cut at a word boundary when it is long.
 * Header lines that are no sentence (a date line, a byline, a photo credit) are passed over by the caller.
 */
final class LeadTitle {

	/** The longest title made of a lead sentence; longer sentences are cut at the last word that fits. */
	static final int MAX_LENGTH = 100;

	/** Words a full stop follows without ending the sentence ({@code Lt. Gen. Nguyen}, {@code No. 22}). */
	private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "assoc", "gen", "col", "lt",
			"maj", "capt", "adm", "brig", "sgt", "sen", "snr", "lieut", "cdr", "no", "nos", "vol", "st", "jr", "sr", "vs",
			"inc", "co", "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s",
			"u.n", "e.g", "i.e", "approx", "dept", "gov", "rep", "amb", "hon");

	/**
	 * The dateline a lead sentence opens with, which names the place and agency, not the story: {@code BEIJING, Oct. 22
	 * (Xinhua) --}, {@code Hanoi (VNA) -}, {@code NEW DELHI:}, {@code HANOI, June 27 -}.
	 */
	private static final Pattern DATELINE = Pattern.compile("^(?:[^()\\n]{2,60}\\([^()\\n]{1,40}\\)\\s*[-\u2013\u2014]+"
			+ "|\\p{Lu}{2,}(?:[ .'\\-]+\\p{Lu}{2,})*(?:,[^:\\n\u2013\u2014]{1,30}?)?\\s*(?::|\\s[-\u2013\u2014]+))\\s+(?=\\S)");

	private LeadTitle() {
	}

	/** The title the line's first sentence makes (after its dateline), or {@code null} when the line holds no words. */
	static String of(String line) {
		String lead = line.strip();
		Matcher dateline = DATELINE.matcher(lead);
		if (dateline.lookingAt()) {
			lead = lead.substring(dateline.end());
		}
		String sentence = firstSentence(lead);
		if (sentence.isEmpty() || !Character.isLetterOrDigit(sentence.charAt(0)) && "\"'\u2018\u201c\u00ab(["
			.indexOf(sentence.charAt(0)) < 0) {
			return null;
		}
		if (sentence.length() <= MAX_LENGTH) {
			return sentence;
		}
		int cut = sentence.lastIndexOf(' ', MAX_LENGTH);
		String head = (cut <= 0 ? sentence.substring(0, MAX_LENGTH) : sentence.substring(0, cut)).strip();
		// a cut after a comma or a dash reads as unfinished punctuation: the words before it are the title
		while (!head.isEmpty() && ",;:-\u2013\u2014(".indexOf(head.charAt(head.length() - 1)) >= 0) {
			head = head.substring(0, head.length() - 1).strip();
		}
		return head + "\u2026";
	}

	/** The text up to the first full stop, question or exclamation mark that ends a sentence (without the full stop). */
	static String firstSentence(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i)) {
				return c == '.' ? text.substring(0, i).strip() : text.substring(0, i + 1).strip();
			}
		}
		return text;
	}

	private static boolean endsSentence(String text, int mark) {
		int next = mark + 1;
		if (next < text.length() && !Character.isWhitespace(text.charAt(next)) && "\"'\u201d\u2019)".indexOf(text.charAt(next)) < 0) {
			return false; // 3.5, U.S., example.com
		}
		if (text.charAt(mark) != '.') {
			return true;
		}
		int wordStart = mark;
		while (wordStart > 0 && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
			wordStart--;
		}
		String word = text.substring(wordStart, mark).toLowerCase(Locale.ROOT);
		// an initial ("Ho Chi Minh said H. Nguyen") or an abbreviation does not end the sentence
		return !(word.length() == 1 && Character.isUpperCase(text.charAt(wordStart)) || ABBREVIATIONS.contains(word));
	}

}
