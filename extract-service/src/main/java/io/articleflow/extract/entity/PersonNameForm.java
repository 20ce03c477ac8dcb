package io.articleflow.extract.entity;

import java.util.Set;

import io.articleflow.extract.kb.KnowledgeBase;
import io.articleflow.extract.text.ArticleText;

/**
 * How a person's name is written, read the same way by every person rule: one to three name words (four after a
 * Vietnamese family name, whose given syllables count by their form alone), middle initials that do not count as
 * words ({@code Lloyd J. Austin}), hyphenated parts ({@code Kim Sang-sik}) and a generational suffix
 * ({@code Jr.}, {@code Sr.}, {@code III}), which is part of the mention but not of what groups the person's mentions.
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
		boolean vietnamese = VietnameseNames.isFamilyName(article.foldedToken(start));
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
							&& VietnameseNames.isGivenSyllable(article.foldedToken(end))
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

}
