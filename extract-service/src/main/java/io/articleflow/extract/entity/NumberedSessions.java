package io.articleflow.extract.entity;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.articleflow.common.event.EntityType;
import io.articleflow.extract.text.ArticleText;
import io.articleflow.extract.text.CharFolding;

/**
 * Numbered sittings of standing bodies, which news names in lower case: {@code the ninth session of the 15th National
 * Assembly}, {@code the 11th plenum of the 13th Party Central Committee}, and a bare {@code 11th plenum} or
 * {@code 11th plenary session} (a plenum is always of a party's central committee). A bare {@code second session}
 * names nothing in particular and is left alone, and so is a bare {@code first plenary session} in an article that
 * speaks of no central committee or plenum: there it is a sitting of a conference, not a plenum. The same plenum
 * written both ways is one event.
 */
final class NumberedSessions {

	/** Words that name a sitting after an ordinal (folded). */
	private static final Set<String> SITTINGS = Set.of("session", "sitting", "plenum", "plenary");

	/** Bodies news names in lower case when their term's number says which: {@code the 13th legislature}. */
	private static final Set<String> BODIES_IN_LOWER_CASE = Set.of("legislature", "parliament");

	private static final Set<String> PLENARY_NOUNS = Set.of("session", "meeting");

	void propose(ArticleText article, List<Candidate> into) {
		String text = article.text();
		int n = article.size();
		boolean speaksOfPlenums = article.folded().contains("plenum") || article.folded().contains("central committee");
		for (int t = 0; t < n; t++) {
			int length = article.end(t) - article.start(t);
			char first = article.folded().charAt(article.start(t));
			if (length < 6 || length > 7 || first != 's' && first != 'p' || article.kind(t) != ArticleText.WORD
					|| !SITTINGS.contains(article.foldedToken(t))) {
				continue; // the length and initial of the four words rule out nearly every token cheaply
			}
			int ordinalStart = Ordinals.startBefore(text, article.start(t));
			if (ordinalStart < 0) {
				continue;
			}
			int number = Ordinals.value(text.substring(ordinalStart, article.start(t)));
			boolean plenum = !"session".equals(article.foldedToken(t)) && !"sitting".equals(article.foldedToken(t));
			int headEnd = t;
			if ("plenary".equals(article.foldedToken(t))) {
				if (t + 1 >= n || !PLENARY_NOUNS.contains(article.foldedToken(t + 1))) {
					continue;
				}
				headEnd = t + 1;
			}
			int bodyEnd = bodyEnd(article, headEnd + 1);
			if (number <= 0 || bodyEnd < 0 && !(plenum && (speaksOfPlenums || "plenum".equals(article.foldedToken(t))))) {
				continue;
			}
			int end = bodyEnd < 0 ? article.end(headEnd) : article.end(bodyEnd);
			String surface = text.substring(ordinalStart, end).replaceAll("\\s+", " ");
			String key = plenum ? "event:plenum:" + number
					: "event:session:" + number + ":" + CharFolding.fold(text.substring(article.start(headEnd + 3), end));
			into.add(Candidate.of(ordinalStart, end, EntityType.EVENT, key.toLowerCase(Locale.ROOT), surface, null,
					Candidate.KNOWLEDGE_BASE));
			t = bodyEnd < 0 ? headEnd : bodyEnd;
		}
	}

	/**
	 * The last token of {@code of the [15th] National Assembly} from the token on: a capitalised body ending with a
	 * body's head word; -1 when there is none.
	 */
	private static int bodyEnd(ArticleText article, int from) {
		int n = article.size();
		int k = from;
		if (k + 1 >= n || !"of".equals(article.foldedToken(k)) || !"the".equals(article.foldedToken(k + 1))) {
			return -1;
		}
		k += 2;
		boolean numbered = k + 1 < n && Ordinals.startBefore(article.text(), article.start(k + 1)) == article.start(k);
		if (numbered) {
			k++; // "the 15th National Assembly"
			if (k < n && !article.isCapitalized(k) && BODIES_IN_LOWER_CASE.contains(article.foldedToken(k))
					&& article.sameLineGap(k - 1, k)) {
				return k; // "the eighth session of the 13th legislature": a numbered term names the body
			}
		}
		if (k < n && article.isAllCaps(k) && article.end(k) - article.start(k) <= 5 && article.sameLineGap(k - 1, k)
				&& (k + 1 >= n || !article.isCapitalized(k + 1))) {
			return k; // "the sixth session of the 15th NA": the body by its acronym
		}
		int last = -1;
		while (k < n && article.isCapitalized(k) && article.sameLineGap(k - 1, k) && k - from < 8) {
			if (Lexicon.TAIL_HEADS.get(article.foldedToken(k)) == EntityType.ORGANIZATION) {
				last = k;
			}
			k++;
		}
		return last;
	}

}
