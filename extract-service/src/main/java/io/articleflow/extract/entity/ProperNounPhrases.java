package io.articleflow.extract.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.articleflow.common.event.EntityType;
import io.articleflow.extract.kb.FuzzyNameIndex;
import io.articleflow.extract.kb.KbEntry;
import io.articleflow.extract.kb.KnowledgeBase;
import io.articleflow.extract.text.ArticleText;
import io.articleflow.extract.text.CharFolding;

/**
 * Names the knowledge base does not list, recognised as capitalised phrases and typed by their head word
 * ({@code Vietnam Peacekeeping Centre} is an organisation, {@code Quang Ninh Province} a location,
 * {@code Jakarta International Defence Dialogue} an event, {@code National Defense Strategy} a legal document;
 * {@code Ministry of ...}, {@code Conference on ...}, {@code Republic of ...} carry the head first). A phrase within
 * one typing error of a knowledge-base name is that entity ({@code Cenral African Republic}).
 */
final class ProperNounPhrases {

	/** Words that may stand before a possessive inside a name: {@code People's Army}, {@code Women's Union}. */
	private static final Set<String> POSSESSIVE_IN_NAME = Set.of("people", "women", "children", "workers", "veterans",
			"farmers");

	/** Administrative units and places written in lower case after a place name: {@code Kandal province}. */
	private static final Set<String> ADMINISTRATIVE_UNITS = Set.of("province", "district", "commune", "city", "town",
			"prefecture", "county", "ward", "township", "airbase", "airport", "seaport", "port", "harbour", "harbor",
			"island", "islands", "archipelago", "bay", "river", "lake", "mountain", "pass", "border gate");

	/** Units numbered after their name: {@code Military Region 7}, {@code Army Corps 12}, {@code Division 308}. */
	private static final Set<String> NUMBERED_UNITS = Set.of("region", "zone", "corps", "division", "brigade",
			"regiment", "battalion", "fleet", "squadron", "flotilla");

	/** Heads followed directly by a name: {@code Exercise Malapura}, {@code Operation Sea Guardian}. */
	private static final Set<String> NAMED_BY_FOLLOWER = Set.of("exercise", "operation");

	/** Two-word heads. */
	private static final Map<String, EntityType> TWO_WORD_HEADS = Map.of("publishing house", EntityType.ORGANIZATION,
			"news agency", EntityType.ORGANIZATION, "air force", EntityType.ORGANIZATION, "coast guard",
			EntityType.ORGANIZATION, "border guard", EntityType.ORGANIZATION, "task force", EntityType.ORGANIZATION,
			"white paper", EntityType.LAW);

	/** Heads of bodies that may be named by their remit. */
	private static final Set<String> REMIT_HEADS = Set.of("board", "committee", "commission", "council", "centre",
			"center", "institute", "department", "agency", "fund");

	/**
	 * The remit after such a head: {@code Steering Board for international integration and defense diplomacy work}
	 * (up to the next preposition, verb or punctuation).
	 */
	private static final Pattern REMIT = Pattern.compile("for\\s+((?:the\\s+)?[a-z][\\p{L}\\-]*"
			+ "(?:\\s+(?:and\\s+)?[a-z][\\p{L}\\-]*){0,7}?)(?=\\s+(?:of|in|at|to|on|with|by|from|under|is|was|are|were|has|have"
			+ "|had|will|shall|since|during|and\\s+the)\\b|\\s*[,.;:)\\n])");

	private final KnowledgeBase knowledgeBase;

	private final FuzzyNameIndex fuzzy;

	ProperNounPhrases(KnowledgeBase knowledgeBase, FuzzyNameIndex fuzzy) {
		this.knowledgeBase = knowledgeBase;
		this.fuzzy = fuzzy;
	}

	void propose(ArticleText article, List<Candidate> into) {
		Map<Integer, Boolean> headlineLines = new HashMap<>();
		int n = article.size();
		int t = 0;
		while (t < n) {
			if (!startsPhrase(article, t)) {
				t++;
				continue;
			}
			int end = extend(article, t, knowledgeBase);
			proposePhrase(article, t, end, into, headlineLines);
			t = end;
		}
		proposeBodiesByRemit(article, into);
	}

	private static boolean startsPhrase(ArticleText article, int t) {
		return article.isCapitalized(t);
	}

	/**
	 * The end (exclusive) of the capitalised phrase starting at the token. {@code and} joins only inside the
	 * complement of a head ({@code Ministry of Science and Technology}), directly before a capitalised word, and not
	 * after a complete known name ({@code Republic of Central Africa and United Nations ...} is two names).
	 */
	private static int extend(ArticleText article, int start, KnowledgeBase knowledgeBase) {
		int n = article.size();
		int last = start;
		boolean complement = false;
		int k = start + 1;
		while (k < n && article.sameLineGap(k - 1, k)) {
			if (article.isPunct(k, '-') && article.touching(k - 1, k) && k + 1 < n && article.touching(k, k + 1)
					&& (article.isCapitalized(k + 1) || article.kind(k + 1) == ArticleText.NUMBER)) {
				last = k + 1; // Shangri-La, Political-Security, Vietnam-China
				k += 2;
				continue;
			}
			if (article.isPunct(k, '\'') && article.touching(k - 1, k)) {
				String token = article.token(k);
				boolean possessive = token.length() == 2
						&& POSSESSIVE_IN_NAME.contains(folded(article, k - 1));
				boolean pluralPossessive = token.length() == 1 && folded(article, k - 1).endsWith("s");
				if ((possessive || pluralPossessive) && k + 1 < n && article.isCapitalized(k + 1)
						&& article.sameLineGap(k, k + 1)) {
					last = k + 1;
					k += 2;
					continue;
				}
				break;
			}
			if (article.isCapitalized(k)) {
				last = k;
				k++;
				continue;
			}
			if (article.kind(k) == ArticleText.NUMBER && NUMBERED_UNITS.contains(folded(article, last))) {
				last = k; // "Military Region 7", "Army Corps 12"
				break;
			}
			if (article.kind(k) == ArticleText.WORD) {
				String word = folded(article, k);
				if (!Lexicon.CONNECTORS.contains(word)) {
					break;
				}
				if ("and".equals(word) && (!complement || k + 1 >= n || !article.isCapitalized(k + 1)
						|| knowledgeBase.byName(article.text().substring(article.start(start), article.end(last)))
							.isPresent())) {
					break;
				}
				// connectors ("of the") join only after a head that takes a complement and lead to a capitalised word
				if (!"and".equals(word) && !takesComplement(folded(article, last))) {
					break;
				}
				int j = k;
				while (j < n && article.kind(j) == ArticleText.WORD && Lexicon.CONNECTORS.contains(folded(article, j))
						&& j - k < 2 && article.sameLineGap(j - 1, j)) {
					j++;
				}
				if (j < n && article.isCapitalized(j) && article.sameLineGap(j - 1, j) && !isCalendarWord(article, j)) {
					if (!"and".equals(word) && !"the".equals(word)
							&& Lexicon.HEAD_FIRST.containsKey(folded(article, last))) {
						complement = true;
					}
					last = j;
					k = j + 1;
					continue;
				}
			}
			break;
		}
		return last + 1;
	}

	/** Heads that take an {@code of}/{@code for}/{@code on} complement inside a name. */
	private static boolean takesComplement(String word) {
		return Lexicon.HEAD_FIRST.containsKey(word) || COMPLEMENT_HEADS.contains(word);
	}

	private static final Set<String> COMPLEMENT_HEADS = Set.of("party", "forces", "army", "front", "navy", "police",
			"guard", "force", "corps", "command", "headquarters", "assembly", "nations", "states", "conduct", "parties");

	/** Months and weekdays are not part of names: {@code the South China Sea on August 22}. */
	private static boolean isCalendarWord(ArticleText article, int t) {
		return CALENDAR.contains(folded(article, t));
	}

	private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june", "july",
			"august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
			"sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
			"sunday");

	private void proposePhrase(ArticleText article, int start, int end, List<Candidate> into,
			Map<Integer, Boolean> headlineLines) {
		// leading words that open sentences or clauses are not part of the name
		while (start < end && (Lexicon.FUNCTION_WORDS.contains(folded(article, start))
				|| (article.startsSentence(start) && end - start > 1 && isCommonWord(article, start))
				|| article.kind(start) != ArticleText.WORD || !article.isCapitalized(start))) {
			start++;
		}
		while (end > start && (article.kind(end - 1) == ArticleText.PUNCT
				|| Lexicon.CONNECTORS.contains(folded(article, end - 1)))) {
			end--;
		}
		if (end - start < 1) {
			return;
		}
		int from = article.start(start);
		int to = article.end(end - 1);
		int words = countWords(article, start, end);
		EntityType type = type(article, start, end, words);
		if (type == null && words <= 3 && end < article.size() && article.sameLineGap(end - 1, end)
				&& ADMINISTRATIVE_UNITS.contains(folded(article, end)) && !isGeneric(article, start, end + 1)) {
			// "Kandal province", "Thanh Xuan district": a place named with its lower-case unit
			type = EntityType.LOCATION;
			to = article.end(end);
		}
		if (type == null) {
			return; // untyped phrases name nothing the rules can tell (only typed ones are worth the look-ups below)
		}
		String phrase = article.text().substring(from, to);
		if (knowledgeBase.byName(phrase).isPresent()) {
			return; // the knowledge-base matcher proposes it
		}
		if (runsOnPastAKnownName(article, start, end)) {
			return;
		}
		String foldedPhrase = article.folded().substring(from, to);
		if (words >= 2 && foldedPhrase.length() >= FuzzyNameIndex.MIN_LENGTH - 1) {
			// a known name with a typing error: "Cenral African Republic"
			KbEntry near = fuzzy.lookup(foldedPhrase).orElse(null);
			if (near != null) {
				into.add(Candidate.ofKb(from, to, near, Candidate.FORM_RULE));
				return;
			}
		}
		if (isHeadline(article, from, headlineLines)) {
			return;
		}
		String key = type.name().toLowerCase(java.util.Locale.ROOT) + ":" + foldedPhrase;
		String canonical = phrase;
		if (type == EntityType.ORGANIZATION && NUMBERED_UNITS.contains(folded(article, end - 1))) {
			// "the 5th Infantry Division": the ordinal is part of a military unit's name
			int ordinal = Ordinals.startBefore(article.text(), from);
			if (ordinal >= 0 && Character.isDigit(article.text().charAt(ordinal))) {
				from = ordinal;
				canonical = article.text().substring(from, to);
				key = "organization:" + KnowledgeBase.key(canonical);
			}
		}
		if (type == EntityType.EVENT) {
			// "the 10th Vietnam-Japan Defence Policy Dialogue": a numbered occurrence; a numbered congress is an
			// event of its own, any other is a mention of the recurring event
			int ordinal = Ordinals.startBefore(article.text(), from);
			if (ordinal >= 0) {
				if ("congress".equals(folded(article, end - 1))) {
					int n = Ordinals.value(article.text().substring(ordinal, from).strip());
					canonical = Ordinals.format(n) + " " + phrase;
					key = "event:" + n + ":" + foldedPhrase;
				}
				from = ordinal;
			}
		}
		into.add(Candidate.of(from, to, type, key, canonical, null, Candidate.HEAD_WORD));
	}

	/**
	 * {@code Communist Party of Vietnam En Asia Communist}: a phrase that starts with a known name and goes on without a
	 * head word of its own is that name followed by other words, not a longer name.
	 */
	private boolean runsOnPastAKnownName(ArticleText article, int start, int end) {
		boolean ownHead = Lexicon.TAIL_HEADS.containsKey(folded(article, end - 1));
		for (int k = end - 2; k > start; k--) {
			if (article.kind(k) != ArticleText.WORD
					|| !knowledgeBase.byName(article.text().substring(article.start(start), article.end(k))).isPresent()) {
				continue;
			}
			// a complete known name, then "on ..."/"for ...": the complement is the sentence's ("the Party Central
			// Committee on Party building"), whatever head word the phrase ends with
			boolean complementFollows = Lexicon.CONNECTORS.contains(folded(article, k + 1));
			if (!ownHead || complementFollows) {
				return true;
			}
		}
		return false;
	}

	/** The type the phrase's head word gives, or null. */
	private static EntityType type(ArticleText article, int start, int end, int words) {
		// named exercises and operations carry the head first without a connector: "Exercise Malapura"
		if (end - start >= 2 && NAMED_BY_FOLLOWER.contains(folded(article, start)) && article.isCapitalized(start + 1)) {
			return EntityType.EVENT;
		}
		// head first: "Ministry of ...", "Conference on ...", "Republic of ..."
		for (int k = start; k < end - 2; k++) {
			EntityType headFirst = Lexicon.HEAD_FIRST.get(folded(article, k));
			if (headFirst != null && article.kind(k + 1) == ArticleText.WORD) {
				String connector = folded(article, k + 1);
				// places take "of" (Gulf of Tonkin); bodies, events and documents also "for" and "on"
				if (connector.equals("of") || headFirst != EntityType.LOCATION
						&& (connector.equals("for") || connector.equals("on"))) {
					// "Republic of Singapore Navy": a place naming a body, event or document; the last word says which
					EntityType tail = Lexicon.TAIL_HEADS.get(folded(article, end - 1));
					return headFirst == EntityType.LOCATION && tail != null ? tail : headFirst;
				}
			}
		}
		if (article.kind(end - 1) == ArticleText.NUMBER) {
			return end - start >= 2 && NUMBERED_UNITS.contains(folded(article, end - 2)) ? EntityType.ORGANIZATION : null;
		}
		if (words < 2) {
			return null;
		}
		String last = folded(article, end - 1);
		if (end - start >= 2 && article.kind(end - 2) == ArticleText.WORD) {
			EntityType twoWord = TWO_WORD_HEADS.get(folded(article, end - 2) + " " + last);
			if (twoWord != null) {
				return twoWord;
			}
		}
		EntityType head = Lexicon.TAIL_HEADS.get(last);
		if (head == null) {
			return null;
		}
		if (words == 2 && isGeneric(article, start, end)) {
			return null; // "Party Committee", "Military Region": a kind of thing, not a name
		}
		return head;
	}

	private static boolean isGeneric(ArticleText article, int start, int end) {
		for (int k = start; k < end - 1; k++) {
			if (article.kind(k) == ArticleText.WORD && !Lexicon.GENERIC.contains(folded(article, k))
					&& !Lexicon.CONNECTORS.contains(folded(article, k))) {
				return false;
			}
		}
		return true;
	}

	private static int countWords(ArticleText article, int start, int end) {
		int words = 0;
		for (int k = start; k < end; k++) {
			if (article.kind(k) == ArticleText.WORD && !Lexicon.CONNECTORS.contains(folded(article, k))) {
				words++;
			}
		}
		return words;
	}

	private static boolean isCommonWord(ArticleText article, int t) {
		return article.occursInLowerCase(folded(article, t));
	}

	/**
	 * A title capitalising every word ({@code Navy Chief Visits Coast Guard Headquarters}) says nothing about names
	 * with its capitals. Only the article's first line is taken for a title: other lines in title case are bylines and
	 * positions, whose capitals do mark names.
	 */
	private static boolean isHeadline(ArticleText article, int offset, Map<Integer, Boolean> cache) {
		String text = article.text();
		int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
		if (lineStart > 0) {
			return false;
		}
		return cache.computeIfAbsent(lineStart, s -> {
			int lineEnd = text.indexOf('\n', s);
			if (lineEnd < 0) {
				lineEnd = text.length();
			}
			// headlines are short and end without a full stop; name-dense sentences are not headlines
			if (lineEnd - s > 200 || lineEnd > s && text.charAt(lineEnd - 1) == '.') {
				return false;
			}
			int first = article.tokenAtOrAfter(s);
			int words = 0;
			int capitalised = 0;
			for (int k = first; k < article.size() && article.start(k) < lineEnd; k++) {
				if (article.kind(k) == ArticleText.WORD && article.end(k) - article.start(k) > 3) {
					words++;
					if (article.isCapitalized(k)) {
						capitalised++;
					}
				}
			}
			return words >= 4 && capitalised * 10 >= words * 8;
		});
	}

	private void proposeBodiesByRemit(ArticleText article, List<Candidate> into) {
		Matcher remit = REMIT.matcher(article.text());
		for (int t = 1; t + 1 < article.size(); t++) {
			if (!article.isCapitalized(t) || !REMIT_HEADS.contains(folded(article, t))
					|| !"for".equals(folded(article, t + 1))) {
				continue;
			}
			int start = t;
			while (start > 0 && t - start < 3 && article.isCapitalized(start - 1) && article.sameLineGap(start - 1, start)
					&& !Lexicon.FUNCTION_WORDS.contains(folded(article, start - 1))) {
				start--;
			}
			Matcher m;
			if (start == t || (m = RegexAt.match(remit, article.start(t + 1))) == null) {
				continue;
			}
			String phrase = article.text().substring(article.start(start), m.end(1));
			into.add(Candidate.of(article.start(start), m.end(1), EntityType.ORGANIZATION,
					"organization:" + CharFolding.fold(phrase), phrase, null, Candidate.HEAD_WORD));
		}
	}

	private static String folded(ArticleText article, int t) {
		return article.foldedToken(t);
	}

}
