package io.articleflow.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.articleflow.common.event.EntityType;
import io.articleflow.extract.kb.KbEntry;
import io.articleflow.extract.kb.KnowledgeBase;
import io.articleflow.extract.text.ArticleText;

/**
 * Recurring meetings between named parties, which news often writes in lower case after the parties:
 * {@code the fourth Thailand - Malaysia defence policy dialogue}, {@code the first Cambodia-Laos-Thailand border
 * friendship exchange}, {@code the ASEAN-China summit}. Two or more known places or organisations joined by dashes,
 * then up to five words ending with the head of an event; an ordinal before them is part of the mention. The event
 * is named in title case with the parties joined by a hyphen, so that every occurrence is one entity.
 */
final class PairedEvents {

	/** Heads of a meeting's name (folded). */
	private static final Set<String> HEADS = Set.of("dialogue", "consultation", "consultations", "exchange", "talks",
			"meeting", "summit", "forum", "conference", "exercise", "exercises", "drill", "drills", "patrol", "patrols",
			"negotiations", "games", "festival");

	/** Words that may stand between the parties and the head (folded), besides other nouns. */
	private static final Set<String> NOT_IN_NAME = Set.of("the", "a", "an", "of", "in", "on", "at", "to", "for", "with",
			"by", "from", "as", "is", "was", "are", "were", "be", "has", "have", "had", "will", "that", "this", "which",
			"who", "its", "their", "his", "her");

	private static final int MAX_WORDS = 5;

	/** What may come before {@code -ministerial} in a meeting's level (folded). */
	private static final Set<String> LEVEL_PREFIXES = Set.of("vice", "deputy");

	/** Heads of a numbered dialogue named without its parties (folded). */
	private static final Set<String> DIALOGUE_HEADS = Set.of("dialogue", "consultation", "consultations");

	/** The lower-case words of such a dialogue's name: {@code defence policy}, {@code defense and security}. */
	private static final Set<String> DIALOGUE_QUALIFIERS = Set.of("defence", "defense", "policy", "strategic", "security",
			"and", "political", "diplomatic", "deputy", "ministerial", "maritime");

	private final KnowledgeBase knowledgeBase;

	PairedEvents(KnowledgeBase knowledgeBase) {
		this.knowledgeBase = knowledgeBase;
	}

	void propose(ArticleText article, List<Candidate> into) {
		List<Candidate> paired = new ArrayList<>();
		proposeBetweenParties(article, paired);
		proposeNumberedWithoutParties(article, paired, into);
		into.addAll(paired);
	}

	/**
	 * {@code the 7th defence policy dialogue}: a numbered dialogue the article names without its parties (they are
	 * the article's subject). The same dialogue between named parties in the article is the entity; else it is named
	 * by its first mention, and every number of it is one entity.
	 */
	private static void proposeNumberedWithoutParties(ArticleText article, List<Candidate> paired, List<Candidate> into) {
		String text = article.text();
		for (int t = 1; t < article.size(); t++) {
			int length = article.end(t) - article.start(t);
			char initial = article.folded().charAt(article.start(t));
			if (length < 8 || length > 14 || initial != 'd' && initial != 'c' || article.kind(t) != ArticleText.WORD
					|| article.isCapitalized(t) || !DIALOGUE_HEADS.contains(article.foldedToken(t))) {
				continue; // the length and initial of the three heads rule out nearly every token cheaply
			}
			int first = t;
			while (first - 1 >= 0 && t - first < 4 && article.kind(first - 1) == ArticleText.WORD
					&& !article.isCapitalized(first - 1) && DIALOGUE_QUALIFIERS.contains(article.foldedToken(first - 1))
					&& article.sameLineGap(first - 1, first)) {
				first--;
			}
			int ordinal = first < t ? Ordinals.startBefore(text, article.start(first)) : -1;
			if (ordinal < 0 || "and".equals(article.foldedToken(first))) {
				continue;
			}
			String phrase = text.substring(article.start(first), article.end(t)).replaceAll("\\s+", " ");
			String titled = titleCase(phrase);
			Candidate named = paired.stream()
				.filter(c -> c.canonical().endsWith(" " + titled) || c.canonical().endsWith("-" + titled))
				.findFirst()
				.orElse(null);
			String key = named != null ? named.key() : "event:dialogue:" + phrase.toLowerCase(Locale.ROOT);
			String canonical = named != null ? named.canonical()
					: into.stream().filter(c -> c.key().equals(key)).map(Candidate::canonical).findFirst()
						.orElse(text.substring(ordinal, article.end(t)).replaceAll("\\s+", " "));
			into.add(Candidate.of(ordinal, article.end(t), EntityType.EVENT, key, canonical, null, Candidate.HEAD_WORD));
		}
	}

	private static String titleCase(String phrase) {
		StringBuilder out = new StringBuilder();
		for (String word : phrase.split(" ")) {
			if (!out.isEmpty()) {
				out.append(' ');
			}
			out.append(titleWord(word));
		}
		return out.toString();
	}

	/** A word of an event's name in title case: {@code policy} → {@code Policy}; {@code and} stays as it is. */
	private static String titleWord(String word) {
		return "and".equals(word) ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
	}

	private void proposeBetweenParties(ArticleText article, List<Candidate> into) {
		int n = article.size();
		for (int t = 0; t < n; t++) {
			if (!article.isCapitalized(t) || !dashWithin(article, t + 1, t + 4)) {
				continue; // the cheap test first: most capitalised words have no dash after them
			}
			int partyEnd = partyEnd(article, t);
			if (partyEnd < 0) {
				continue;
			}
			java.util.TreeSet<String> parties = new java.util.TreeSet<>();
			parties.add(party(article, t, partyEnd));
			int k = partyEnd;
			while (true) {
				int dash = dashEnd(article, k);
				int next = dash < 0 ? -1 : partyEnd(article, dash);
				if (next < 0) {
					break;
				}
				parties.add(party(article, dash, next));
				k = next;
			}
			if (parties.size() < 2) {
				t = partyEnd - 1;
				continue;
			}
			int head = headAfter(article, k);
			if (head < 0) {
				t = k - 1;
				continue;
			}
			into.add(event(article, t, k, head, parties));
			t = head;
		}
	}

	private static boolean dashWithin(ArticleText article, int from, int to) {
		for (int k = from; k < Math.min(to, article.size()); k++) {
			if (article.kind(k) == ArticleText.PUNCT && isDash(article, k)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isDash(ArticleText article, int t) {
		return article.isPunct(t, '-') || article.isPunct(t, '\u2013') || article.isPunct(t, '\u2014');
	}

	/** The end (exclusive) of a known place or organisation of one to three words starting at the token, or -1. */
	private int partyEnd(ArticleText article, int t) {
		int n = article.size();
		for (int end = Math.min(n, t + 4); end > t; end--) {
			if (!article.sameLineGap(t, end - 1) || article.kind(end - 1) == ArticleText.PUNCT && end - 1 > t
					&& !article.isPunct(end - 1, '.')) {
				continue;
			}
			String name = article.text().substring(article.start(t), article.end(end - 1));
			KbEntry entry = knowledgeBase.byName(name).orElse(null);
			if (entry != null && (entry.type() == EntityType.LOCATION || entry.type() == EntityType.ORGANIZATION)) {
				return end;
			}
		}
		return -1;
	}

	private String party(ArticleText article, int start, int end) {
		return knowledgeBase.byName(article.text().substring(article.start(start), article.end(end - 1)))
			.map(KbEntry::id)
			.orElseThrow();
	}

	/** After a party: the token after a joining dash ({@code -}, {@code –}, spaced or not), or -1. */
	private static int dashEnd(ArticleText article, int t) {
		if (t + 1 < article.size() && isDash(article, t) && article.sameLineGap(t - 1, t + 1)) {
			return t + 1;
		}
		return -1;
	}

	/** The head of the event's name within {@link #MAX_WORDS} words after the parties, or -1. */
	private static int headAfter(ArticleText article, int from) {
		int n = article.size();
		int words = 0;
		for (int k = from; k < n && words < MAX_WORDS && article.sameLineGap(from - 1, k); k++) {
			if (article.kind(k) != ArticleText.WORD) {
				if (article.isPunct(k, '-') && article.touching(k - 1, k)) {
					continue; // "table-top", "Defense-Security"
				}
				return -1;
			}
			words++;
			String word = article.foldedToken(k);
			if (HEADS.contains(word)) {
				return k;
			}
			if (NOT_IN_NAME.contains(word) || Lexicon.CALENDAR.contains(word)) {
				return -1;
			}
		}
		return -1;
	}

	/**
	 * The end (exclusive) of the level written before the head ({@code ministerial-level}, {@code high-level},
	 * {@code ministerial}, {@code vice-ministerial}) starting at the token, or the token itself when none starts there.
	 */
	private static int levelEnd(ArticleText article, int t, int head) {
		if (t >= head || article.kind(t) != ArticleText.WORD) {
			return t;
		}
		boolean hyphenated = t + 2 < head && article.isPunct(t + 1, '-') && article.touching(t, t + 1)
				&& article.touching(t + 1, t + 2);
		if (hyphenated && "level".equals(article.foldedToken(t + 2))) {
			return t + 3; // "ministerial-level", "high-level"
		}
		if (hyphenated && LEVEL_PREFIXES.contains(article.foldedToken(t))
				&& "ministerial".equals(article.foldedToken(t + 2))) {
			return t + 3; // "vice-ministerial", "deputy-ministerial"
		}
		return "ministerial".equals(article.foldedToken(t)) ? t + 1 : t;
	}

	/**
	 * The event, named as first written; its key is the same whatever the order of the parties and whether it is
	 * called joint ({@code U.S.-ASEAN joint maritime exercise}, {@code ASEAN-US maritime exercise}).
	 */
	private static Candidate event(ArticleText article, int first, int partiesEnd, int head, Set<String> parties) {
		String text = article.text();
		int from = article.start(first);
		int ordinal = Ordinals.startBefore(text, from);
		StringBuilder canonical = new StringBuilder();
		for (int k = first; k < partiesEnd; k++) {
			if (isDash(article, k)) {
				canonical.append('-');
			}
			else {
				if (k > first && !article.touching(k - 1, k) && !isDash(article, k - 1)) {
					canonical.append(' ');
				}
				canonical.append(article.token(k));
			}
		}
		StringBuilder key = new StringBuilder("event:").append(String.join("+", parties));
		for (int k = partiesEnd; k <= head; k++) {
			int levelEnd = levelEnd(article, k, head);
			if (levelEnd > k) {
				k = levelEnd - 1; // the level a meeting is held at is said of one edition, not part of its name
				continue;
			}
			if (!article.touching(k - 1, k)) {
				canonical.append(' ');
			}
			canonical.append(titleWord(article.token(k)));
			if (article.kind(k) == ArticleText.WORD && !"joint".equals(article.foldedToken(k))) {
				key.append(' ').append(article.foldedToken(k));
			}
		}
		return Candidate.of(ordinal >= 0 ? ordinal : from, article.end(head), EntityType.EVENT,
				key.toString().toLowerCase(Locale.ROOT), canonical.toString(), null, Candidate.HEAD_WORD + 1);
	}

}
