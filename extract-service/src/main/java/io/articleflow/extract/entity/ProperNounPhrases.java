package io.articleflow.extract.entity;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.articleflow.common.event.EntityType;
import io.articleflow.extract.kb.FuzzyNameIndex;
import io.articleflow.extract.kb.KbEntry;
import io.articleflow.extract.kb.KnowledgeBase;
import io.articleflow.extract.nlp.SentenceOpenings;
import io.articleflow.extract.text.ArticleText;
import io.articleflow.extract.text.RegexAt;
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

	/**
	 * Administrative units and places written in lower case after a place name: {@code Kandal province} names Kandal.
	 */
	private static final Set<String> ADMINISTRATIVE_UNITS = Set.of("province", "district", "commune", "city", "town",
			"prefecture", "county", "ward", "township", "airbase", "airport", "seaport", "port", "harbour", "harbor",
			"island", "islands", "archipelago", "bay", "river", "lake", "mountain", "pass", "village", "hamlet", "region",
			"regency", "municipality", "subdistrict", "area");

	/** Lower-case kinds of document after a name of their own: {@code Act East policy}. */
	private static final Set<String> NAMED_POLICIES = Set.of("policy", "doctrine");

	/** Two-word units after a place name: {@code Moc Bai border gate}. */
	private static final Set<String> TWO_WORD_UNITS = Set.of("border gate", "economic zone", "border crossing");

	/** Units numbered after their name: {@code Military Region 7}, {@code Army Corps 12}, {@code Division 308}. */
	private static final Set<String> NUMBERED_UNITS = Set.of("region", "zone", "corps", "division", "brigade",
			"regiment", "battalion", "fleet", "squadron", "flotilla", "hospital", "rotation");

	/** Heads followed directly by a name: {@code Exercise Malapura}, {@code Operation Sea Guardian}, {@code Typhoon Yagi}. */
	private static final Set<String> NAMED_BY_FOLLOWER = Set.of("exercise", "operation", "typhoon", "hurricane", "cyclone");

	/** Words before a storm's head: {@code Super Typhoon Ragasa}, {@code Tropical Storm Trami}. */
	private static final Set<String> STORM_QUALIFIERS = Set.of("super", "tropical");

	/** Two-word heads. */
	private static final Map<String, EntityType> TWO_WORD_HEADS = Map.ofEntries(
			Map.entry("publishing house", EntityType.ORGANIZATION), Map.entry("news agency", EntityType.ORGANIZATION),
			Map.entry("air force", EntityType.ORGANIZATION), Map.entry("coast guard", EntityType.ORGANIZATION),
			Map.entry("border guard", EntityType.ORGANIZATION), Map.entry("task force", EntityType.ORGANIZATION),
			Map.entry("white paper", EntityType.LAW), Map.entry("stock exchange", EntityType.ORGANIZATION),
			Map.entry("working group", EntityType.EVENT),
			// venues and crossings are places, though "Centre" alone opens bodies ("Centre for Strategic Studies")
			Map.entry("convention centre", EntityType.LOCATION), Map.entry("convention center", EntityType.LOCATION),
			Map.entry("exhibition centre", EntityType.LOCATION), Map.entry("exhibition center", EntityType.LOCATION),
			Map.entry("conference centre", EntityType.LOCATION), Map.entry("conference center", EntityType.LOCATION),
			Map.entry("border gate", EntityType.LOCATION));

	private static final Pattern SPACED_DASH = Pattern.compile("\\s+[-\u2013]\\s+");

	/** Documents whose kind is named by generic words alone: such a phrase names the kind, not a document. */
	private static final Set<String> KINDS_OF_DOCUMENT = Set.of("agreement", "memorandum", "protocol", "pact", "policy");

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

	private final SentenceOpenings sentenceOpenings;

	ProperNounPhrases(KnowledgeBase knowledgeBase, FuzzyNameIndex fuzzy, SentenceOpenings sentenceOpenings) {
		this.knowledgeBase = knowledgeBase;
		this.fuzzy = fuzzy;
		this.sentenceOpenings = sentenceOpenings;
	}

	void propose(ArticleText article, List<Candidate> into) {
		int n = article.size();
		int t = 0;
		while (t < n) {
			if (!startsPhrase(article, t)) {
				t++;
				continue;
			}
			int end = extend(article, t, knowledgeBase);
			proposePhrase(article, opensSentenceOutsideTheName(article, t, end) ? t + 1 : t, end, into);
			t = end;
		}
		proposeBodiesByRemit(article, into);
	}

	/**
	 * {@code Visiting Indian Navy ships ...}: a phrase at a sentence start whose first word is capitalised only because
	 * it opens the sentence. Words the rules know are not asked about (function words, known names, nationalities);
	 * for the others the OpenNLP models decide, so they run on a few phrases per article.
	 */
	private boolean opensSentenceOutsideTheName(ArticleText article, int start, int end) {
		if (end - start < 2 || article.kind(start) != ArticleText.WORD || !opensLine(article, start)
				&& !(article.isPunct(start - 1, '.') || article.isPunct(start - 1, '?') || article.isPunct(start - 1, '!'))) {
			return false;
		}
		String word = folded(article, start);
		if (Lexicon.FUNCTION_WORDS.contains(word) || Lexicon.TAIL_HEADS.containsKey(word)
				|| Lexicon.HEAD_FIRST.containsKey(word) || Lexicon.GENERIC.contains(word)
				|| Lexicon.countryOfNationality(article.token(start)) != null
				|| this.knowledgeBase.byName(article.token(start)).isPresent()
				|| this.knowledgeBase.byName(article.text().substring(article.start(start), article.end(start + 1)))
					.isPresent()) {
			return false;
		}
		return this.sentenceOpenings.opensWithWordOutsideNames(article.text(), article.start(start));
	}

	private static boolean opensLine(ArticleText article, int t) {
		return t == 0 || !article.sameLineGap(t - 1, t);
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
		boolean document = false;
		int k = start + 1;
		while (k < n && article.sameLineGap(k - 1, k)) {
			if (article.isPunct(k, '-') && article.touching(k - 1, k) && k + 1 < n && article.touching(k, k + 1)
					&& (article.isCapitalized(k + 1) || article.kind(k + 1) == ArticleText.NUMBER)) {
				last = k + 1; // Shangri-La, Political-Security, Vietnam-China
				k += 2;
				continue;
			}
			if (isSpacedDash(article, k) && k + 1 < n && article.sameLineGap(k, k + 1) && endsPlace(article, last, knowledgeBase)
					&& startsPlace(article, k + 1, knowledgeBase)) {
				last = k + 1; // "Vietnam - Laos Defence Policy Dialogue": a pair of countries, spaced
				k += 2;
				continue;
			}
			if (article.isPunct(k, '\'') && article.touching(k - 1, k)) {
				String token = article.token(k);
				boolean possessive = token.length() == 2
						&& POSSESSIVE_IN_NAME.contains(folded(article, k - 1));
				// "Veterans' Association" is one name; "Laos' Attapeu province" is a country's place
				boolean pluralPossessive = token.length() == 1 && folded(article, k - 1).endsWith("s")
						&& !isPlace(article, k - 1, k - 1, knowledgeBase);
				if ((possessive || pluralPossessive) && k + 1 < n && article.isCapitalized(k + 1)
						&& article.sameLineGap(k, k + 1)) {
					last = k + 1;
					k += 2;
					continue;
				}
				break;
			}
			if (NUMBERED_UNITS.contains(folded(article, last)) && "no".equals(folded(article, k)) && k + 2 < n
					&& article.isPunct(k + 1, '.') && article.kind(k + 2) == ArticleText.NUMBER) {
				last = k + 2; // "Level-2 Field Hospital No. 7"
				break;
			}
			if (document && article.isPunct(k, ',') && listGoesOn(article, k)) {
				k++; // "Law on Fisheries, Forestry Products and Marine Resources": a list in a document's topic
				continue;
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
				if (document && HORIZONS.contains(word) && k + 1 < n && isYear(article, k + 1)) {
					last = periodEnd(article, k + 1); // "Joint Vision Statement on ... Defence Partnership towards 2030"
					break;
				}
				int period = document && "for".equals(word) && k + 1 < n && isYear(article, k + 1) ? periodEnd(article, k + 1)
						: -1;
				if (period > k + 1) {
					last = period; // "Plan of Action for Defence Cooperation for 2018 - 2020"
					break;
				}
				// "Agreement on ... in Criminal Matters"; "Law on Investment in Vietnam" ends before the place
				boolean topicOfDocument = document && "in".equals(word) && k + 1 < n
						&& !startsPlace(article, k + 1, knowledgeBase);
				if (!Lexicon.CONNECTORS.contains(word) && !topicOfDocument) {
					break;
				}
				if ("and".equals(word) && (!(complement || opensNameWithoutHead(article, start, last, knowledgeBase))
						|| k + 1 >= n || !article.isCapitalized(k + 1)
						|| knowledgeBase.byName(article.text().substring(article.start(start), article.end(last)))
							.isPresent())) {
					break;
				}
				// connectors ("of the") join only after a head that takes a complement, or inside such a complement
				// ("Treaty on the Delimitation of National Boundaries"), and lead to a capitalised word
				// "Working Group on Maritime Security", "White Paper on National Defence": the topic is the name's
				boolean namedByTopic = last > start && (isWorkingGroup(article, last) || isWhitePaper(article, last));
				if (!"and".equals(word) && !takesComplement(folded(article, last)) && !(namedByTopic && "on".equals(word))
						&& !(complement && ("of".equals(word) || "on".equals(word) || topicOfDocument))
						&& !(document && "for".equals(word))) {
					break;
				}
				int j = topicOfDocument ? k + 1 : k;
				while (j < n && article.kind(j) == ArticleText.WORD && Lexicon.CONNECTORS.contains(folded(article, j))
						&& j - k < 2 && article.sameLineGap(j - 1, j)) {
					j++;
				}
				if (j < n && article.isCapitalized(j) && article.sameLineGap(j - 1, j) && !isCalendarWord(article, j)) {
					if (!"and".equals(word) && !"the".equals(word)
							&& Lexicon.HEAD_FIRST.containsKey(folded(article, last))) {
						complement = true;
						document |= Lexicon.HEAD_FIRST.get(folded(article, last)) == EntityType.LAW;
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

	/**
	 * Whether the comma at the token separates capitalised items of a list that closes with {@code and} and a
	 * capitalised word within a few tokens, on the same line and with no other punctuation.
	 */
	private static boolean listGoesOn(ArticleText article, int comma) {
		int n = article.size();
		if (comma + 1 >= n || !article.isCapitalized(comma + 1) || !article.sameLineGap(comma, comma + 1)) {
			return false;
		}
		for (int k = comma + 1; k < Math.min(n - 1, comma + 8) && article.sameLineGap(k - 1, k); k++) {
			if (article.kind(k) == ArticleText.PUNCT && !article.isPunct(k, ',')) {
				return false;
			}
			if ("and".equals(folded(article, k))) {
				return article.isCapitalized(k + 1);
			}
			if (article.kind(k) == ArticleText.WORD && !article.isCapitalized(k)) {
				return false;
			}
		}
		return false;
	}

	private static boolean isSpacedDash(ArticleText article, int k) {
		return (article.isPunct(k, '-') || article.isPunct(k, '\u2013')) && !article.touching(k - 1, k)
				&& !article.touching(k, k + 1);
	}

	/** Whether a known place ends at the token: {@code Vietnam}, {@code Viet Nam}. */
	private static boolean endsPlace(ArticleText article, int t, KnowledgeBase knowledgeBase) {
		return isPlace(article, t, t, knowledgeBase) || t > 0 && isPlace(article, t - 1, t, knowledgeBase);
	}

	private static boolean startsPlace(ArticleText article, int t, KnowledgeBase knowledgeBase) {
		return isPlace(article, t, t, knowledgeBase) || t + 1 < article.size() && isPlace(article, t, t + 1, knowledgeBase);
	}

	private static boolean isPlace(ArticleText article, int first, int last, KnowledgeBase knowledgeBase) {
		return article.isCapitalized(first) && knowledgeBase
			.byName(article.text().substring(article.start(first), article.end(last)))
			.map(e -> e.type() == EntityType.LOCATION)
			.orElse(false);
	}

	/**
	 * {@code International Search and Rescue Advisory Group}: {@code and} may join capitalised words that name no
	 * thing of their own yet (up to three, none a head word or a known name) to what follows.
	 */
	private static boolean opensNameWithoutHead(ArticleText article, int start, int last, KnowledgeBase knowledgeBase) {
		int first = start;
		while (first < last && Lexicon.FUNCTION_WORDS.contains(folded(article, first))) {
			first++; // "The Regional Search and ...": the article opens the phrase, not the name
		}
		if (last - first > 2 || type(article, first, last + 1, last + 1 - first) != null) {
			return false; // "Typhoon Noru and ...": the left is a name already
		}
		for (int k = first; k <= last; k++) {
			String word = folded(article, k);
			if (article.kind(k) != ArticleText.WORD || !article.isCapitalized(k) || Lexicon.TAIL_HEADS.containsKey(word)
					|| Lexicon.FUNCTION_WORDS.contains(word) || isOwnName(article, k)
					|| knowledgeBase.byName(article.token(k)).isPresent()) {
				return false;
			}
		}
		return true;
	}

	private static boolean isUnit(ArticleText article, int t) {
		return ADMINISTRATIVE_UNITS.contains(folded(article, t)) || t + 1 < article.size()
				&& TWO_WORD_UNITS.contains(folded(article, t) + " " + folded(article, t + 1));
	}

	/** A word written as a name of its own: all capitals or a capital inside ({@code BIDV}, {@code VietCapital}). */
	private static boolean isOwnName(ArticleText article, int t) {
		String token = article.token(t);
		for (int i = 1; i < token.length(); i++) {
			if (Character.isUpperCase(token.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	/** Words that give a document's horizon: {@code towards 2030}. */
	private static final Set<String> HORIZONS = Set.of("to", "towards", "toward", "until");

	/** A unit's number: one to four digits, not a year ({@code 249}, {@code 308}). */
	private static boolean isUnitNumber(ArticleText article, int t) {
		String token = article.token(t);
		return article.kind(t) == ArticleText.NUMBER && token.chars().allMatch(Character::isDigit) && token.length() <= 4
				&& !(token.length() == 4 && token.charAt(0) != '0' && Integer.parseInt(token) >= 1900);
	}

	/** The last token of a period that opens with the year at the token ({@code 2018 - 2020}), else the token. */
	private static int periodEnd(ArticleText article, int year) {
		int n = article.size();
		if (year + 2 < n && (article.isPunct(year + 1, '-') || article.isPunct(year + 1, '\u2013'))
				&& isYear(article, year + 2) && article.sameLineGap(year, year + 1) && article.sameLineGap(year + 1, year + 2)) {
			return year + 2;
		}
		return year;
	}

	private static boolean isYear(ArticleText article, int t) {
		return article.kind(t) == ArticleText.NUMBER && article.end(t) - article.start(t) == 4;
	}

	/**
	 * A body's name written right before a Vietnamese person's ({@code the Hanoi People's Committee Trần Sỹ Thanh}):
	 * the end (exclusive) of the body's part, the last head word before a name of the Vietnamese form; else -1.
	 */
	private static int endOfBodyBeforeName(ArticleText article, int start, int end) {
		return endOfBodyBeforeName(article, start, end, true);
	}

	/**
	 * As {@link #endOfBodyBeforeName(ArticleText, int, int)}; without {@code headFirst} the body may end with any word
	 * of its complement, and the name must be a full one of three syllables or more ({@code the Committee for Defence
	 * and Security Le Tan Toi}).
	 */
	private static int endOfBodyBeforeName(ArticleText article, int start, int end, boolean tailHead) {
		for (int k = end - 3; k > start; k--) {
			if ((tailHead ? Lexicon.TAIL_HEADS.containsKey(folded(article, k)) : end - (k + 1) >= 3)
					&& end - (k + 1) <= 4
					&& PersonNameForm.isFamilyName(folded(article, k + 1))) {
				for (int j = k + 2; j < end; j++) {
					if (!PersonNameForm.isGivenSyllable(folded(article, j))) {
						return -1;
					}
				}
				return k + 1;
			}
		}
		return -1;
	}

	/** Heads that take an {@code of}/{@code for}/{@code on} complement inside a name. */
	private static boolean takesComplement(String word) {
		return Lexicon.HEAD_FIRST.containsKey(word) || COMPLEMENT_HEADS.contains(word);
	}

	private static final Set<String> COMPLEMENT_HEADS = Set.of("party", "forces", "army", "front", "navy", "police",
			"guard", "force", "corps", "command", "headquarters", "assembly", "nations", "states", "conduct", "parties",
			"staff");

	/** Months and weekdays are not part of names: {@code the South China Sea on August 22}. */
	private static boolean isCalendarWord(ArticleText article, int t) {
		return Lexicon.CALENDAR.contains(folded(article, t));
	}


	private void proposePhrase(ArticleText article, int start, int end, List<Candidate> into) {
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
		if (words == 1 && NUMBERED_UNITS.contains(folded(article, start)) && start > 0
				&& article.sameLineGap(start - 1, start) && isUnitNumber(article, start - 1)) {
			// "the 249 Brigade": a unit numbered before its head
			String name = article.text().substring(article.start(start - 1), to);
			into.add(Candidate.of(article.start(start - 1), to, EntityType.ORGANIZATION,
					"organization:" + CharFolding.fold(name), name, null, Candidate.HEAD_WORD));
			return;
		}
		EntityType type = type(article, start, end, words);
		if (type == null && words <= 3 && end < article.size() && article.sameLineGap(end - 1, end)
				&& isUnit(article, end) && !isGeneric(article, start, end + 1)
				&& !(words == 1 && Lexicon.countryOfNationality(article.token(start)) != null)) {
			// "Kandal province", "Thanh Xuan district": a place named with its lower-case unit, which is no part of
			// the name (the knowledge base knows "Quang Ninh", whatever follows it)
			type = EntityType.LOCATION;
		}
		if (type == null && words >= 2 && end < article.size() && article.sameLineGap(end - 1, end)
				&& NAMED_POLICIES.contains(folded(article, end)) && !article.isCapitalized(end)
				&& knowledgeBase.byName(article.text().substring(from, to)).isEmpty() && !isGeneric(article, start, end + 1)) {
			// "its Act East policy": a policy named by capitalised words of its own is a document's name
			String policy = article.token(end);
			String name = article.text().substring(from, to) + " " + Character.toUpperCase(policy.charAt(0))
					+ policy.substring(1);
			into.add(Candidate.of(from, article.end(end), EntityType.LAW, "law:" + CharFolding.fold(name), name, null,
					Candidate.HEAD_WORD));
			return;
		}
		if (type == null) {
			int body = endOfBodyBeforeName(article, start, end);
			if (body > start) {
				proposePhrase(article, start, body, into); // "Hanoi People's Committee Trần Sỹ Thanh"
			}
			return; // untyped phrases name nothing the rules can tell (only typed ones are worth the look-ups below)
		}
		if (type == EntityType.ORGANIZATION) {
			int body = endOfBodyBeforeName(article, start, end, false);
			if (body > start + 1) {
				proposePhrase(article, start, body, into); // "... Committee for Defence and Security Le Tan Toi"
				return;
			}
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
		if (article.inTitleCaseHeadline(from)) {
			return;
		}
		String canonical = phrase;
		if (phrase.indexOf(" - ") > 0 || phrase.indexOf(" \u2013 ") > 0) {
			// "Vietnam - Laos Defence Policy Dialogue" is named as "Vietnam-Laos ..." is
			canonical = SPACED_DASH.matcher(phrase).replaceAll("-");
			foldedPhrase = CharFolding.fold(canonical);
		}
		String key = type.name().toLowerCase(java.util.Locale.ROOT) + ":" + foldedPhrase;
		if (type == EntityType.ORGANIZATION && NUMBERED_UNITS.contains(folded(article, end - 1))) {
			// "the 5th Infantry Division": the ordinal is part of a military unit's name
			int ordinal = Ordinals.startBefore(article.text(), from);
			if (ordinal >= 0 && Character.isDigit(article.text().charAt(ordinal))) {
				from = ordinal;
				canonical = article.text().substring(from, to);
				key = "organization:" + KnowledgeBase.key(canonical);
			}
		}
		if (type == EntityType.LAW && start > 0 && isYear(article, start - 1) && article.sameLineGap(start - 1, start)) {
			// "the 2019 White Paper on ...": the edition is part of the mention; the document is named without it
			from = article.start(start - 1);
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
			if (isWorkingGroup(article, k) && "on".equals(folded(article, k + 1))) {
				return false; // "Experts' Working Group on Humanitarian Mine Action": the topic names the group
			}
			boolean complementFollows = Lexicon.CONNECTORS.contains(folded(article, k + 1))
					&& !"of".equals(folded(article, k + 1));
			// a place, then a head that takes its complement: "Quang Ninh Department of Tourism" is one body
			boolean headFirstFollows = Lexicon.HEAD_FIRST.get(folded(article, k + 1)) == EntityType.ORGANIZATION
					&& k + 2 < end && "of".equals(folded(article, k + 2));
			if (headFirstFollows) {
				// ... unless the body is known without the place: "Vietnam Ministry of National Defence" is the ministry
				// the knowledge base knows, qualified by its country (and "Ho Chi Minh" in "Ho Chi Minh City" does not
				// matter)
				String body = article.text().substring(article.start(k + 1), article.end(end - 1));
				return knowledgeBase.byName(body).map(e -> e.type() == EntityType.ORGANIZATION).orElse(false);
			}
			if (!ownHead || complementFollows) {
				return true;
			}
		}
		return false;
	}

	/** {@code Working Group} ends at the token: its complement is its name ({@code Working Group on Maritime Security}). */
	private static boolean isWorkingGroup(ArticleText article, int t) {
		return t > 0 && "group".equals(folded(article, t)) && "working".equals(folded(article, t - 1));
	}

	private static boolean isWhitePaper(ArticleText article, int t) {
		return t > 0 && "paper".equals(folded(article, t)) && "white".equals(folded(article, t - 1));
	}

	/** The type the phrase's head word gives, or null. */
	private static EntityType type(ArticleText article, int start, int end, int words) {
		for (int k = start + 1; k < end - 2; k++) {
			String connector = folded(article, k + 1);
			if (isWorkingGroup(article, k) && "on".equals(connector)) {
				return EntityType.EVENT; // "ADMM-Plus Experts' Working Group on Counter-Terrorism"
			}
			if (isWhitePaper(article, k) && "on".equals(connector)) {
				return EntityType.LAW; // "White Paper on Vietnam National Defence"
			}
		}
		// named exercises and operations carry the head first without a connector: "Exercise Malapura"
		if (end - start >= 2 && NAMED_BY_FOLLOWER.contains(folded(article, start)) && article.isCapitalized(start + 1)
				&& !PersonNames.isTitleWord(folded(article, start + 1))) { // not "Exercise Director Air Commodore ..."
			return EntityType.EVENT;
		}
		if (end - start >= 3 && STORM_QUALIFIERS.contains(folded(article, start))
				&& (NAMED_BY_FOLLOWER.contains(folded(article, start + 1)) || "storm".equals(folded(article, start + 1)))) {
			return EntityType.EVENT; // "Super Typhoon Ragasa", "Tropical Storm Trami" ("Storm Shadow" is a missile)
		}
		// head first: "Ministry of ...", "Conference on ...", "Republic of ..."
		for (int k = start; k < end - 2; k++) {
			EntityType headFirst = Lexicon.HEAD_FIRST.get(folded(article, k));
			if (headFirst != null && article.kind(k + 1) == ArticleText.WORD) {
				String connector = folded(article, k + 1);
				// places take "of" (Gulf of Tonkin); bodies, events and documents also "for" and "on"
				boolean kindAlone = KINDS_OF_DOCUMENT.contains(folded(article, k)) && isGeneric(article, k + 1, end + 1)
						|| "plan".equals(folded(article, k)); // "a Plan of Action"
				if (kindAlone && !hasTopic(article, k + 1, end)) {
					// "a Memorandum of Understanding": the kind of document ("Law on Planning" is a name, and so is
					// "Memorandum of Understanding on Defence Cooperation": a topic makes the kind a title)
					return null;
				}
				if (connector.equals("of") || headFirst != EntityType.LOCATION
						&& (connector.equals("for") || connector.equals("on"))) {
					// "Republic of Singapore Navy": a place naming a body, event or document; the last word says which
					EntityType tail = Lexicon.TAIL_HEADS.get(folded(article, end - 1));
					return headFirst == EntityType.LOCATION && tail != null ? tail : headFirst;
				}
			}
		}
		if (article.kind(end - 1) == ArticleText.NUMBER) {
			int unit = end - 4 >= start && article.isPunct(end - 2, '.') && "no".equals(folded(article, end - 3)) ? end - 4
					: end - 2;
			return unit >= start && NUMBERED_UNITS.contains(folded(article, unit)) ? EntityType.ORGANIZATION : null;
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
		if ("day".equals(last) && !isCalendarWord(article, end - 2)) {
			return EntityType.EVENT; // "National Day", "All-People's National Defence Day": a day kept, generic words or not
		}
		EntityType head = Lexicon.TAIL_HEADS.get(last);
		if (head == null) {
			return null;
		}
		if (head == EntityType.LAW && (PersonNames.isTitleHead(folded(article, start))
				|| PersonNames.isTitleHead(folded(article, start + 1)))) {
			return null; // "Deputy Secretary Strategy, Policy and Industry": a position, not a document
		}
		if (words == 2 && isGeneric(article, start, end)) {
			return null; // "Party Committee", "Military Region": a kind of thing, not a name
		}
		if (head == EntityType.EVENT && isGeneric(article, start, end)) {
			return null; // "Field Training Exercise", "Defence Ministers' Meeting": a kind of event
		}
		if (head == EntityType.LAW && KINDS_OF_DOCUMENT.contains(last) && isGeneric(article, start, end)) {
			return null; // "a Free Trade Agreement", "the Defence Cooperation Agreement": a kind of document
		}
		if (words == 2 && "party".equals(last) && Lexicon.countryOfNationality(article.token(start)) != null) {
			return null; // "the first Vietnamese Party leader": the party of a nation, not its name
		}
		return head;
	}

	/** Whether a topic ({@code on ...}, {@code in ...}) follows the kind of a document in the phrase. */
	private static boolean hasTopic(ArticleText article, int start, int end) {
		for (int k = start; k < end - 1; k++) {
			String word = folded(article, k);
			if (("on".equals(word) || "in".equals(word) || "for".equals(word)) && article.isCapitalized(k + 1)) {
				return true;
			}
		}
		return false;
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
