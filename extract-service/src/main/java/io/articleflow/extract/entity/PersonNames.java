package io.articleflow.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.articleflow.common.event.EntityType;
import io.articleflow.extract.kb.KbEntry;
import io.articleflow.extract.kb.KnowledgeBase;
import io.articleflow.extract.text.ArticleText;
import io.articleflow.extract.text.RegexAt;
import io.articleflow.extract.text.CharFolding;

/**
 * Person names, by three general rules:
 * <ul>
 * <li>a rank or position, then a name ({@code Deputy Defense Minister Senior Lieutenant General Hoang Xuan Chien},
 * {@code Defence Minister Ng Eng Hen}); the mention is the name alone, rank and position go with the entity; a single
 * word after a title ({@code General Chien}) is a short reference resolved later against the article's full
 * names;</li>
 * <li>a Vietnamese name: a common family name and one to three Vietnamese syllables, capitalised
 * ({@code Ho Chi Minh}, {@code HOANG XUAN CHIEN});</li>
 * <li>a credit: {@code Translated by Minh Anh}, {@code By Thu Hang}, {@code Reporter: Genta Tenri Mawangi}.</li>
 * </ul>
 * Malaysian honorifics ({@code Tan Sri}, {@code Datuk Seri}) belong to the title, not the name; a royal title with a
 * single name is kept with it ({@code Sultan Ibrahim}); a name the knowledge base knows takes its canonical form.
 */
final class PersonNames {

	/** Splits words at white space and hyphens. */
	private static final Pattern HYPHENS_OR_SPACES = Pattern.compile("[\\s\\-]+");

	/** Splits words at white space (precompiled: {@code String.split} compiles such a pattern on every call). */
	private static final Pattern SPACES = Pattern.compile("\\s+");

	/** Splits words at white space and commas. */
	private static final Pattern COMMAS_OR_SPACES = Pattern.compile("[\\s,]+");

	/** Titles that may stand right before a name. */
	private static final Set<String> TITLE_HEADS = Set.of("general", "colonel", "major", "captain", "lieutenant", "admiral",
			"commodore", "marshal", "sergeant", "corporal", "mr", "mrs", "ms", "miss", "madam", "dr", "prof", "professor",
			"sir", "president", "minister", "secretary", "chairman", "chairwoman", "chair", "chairperson", "ambassador",
			"senator", "governor", "mayor", "king", "queen", "prince", "princess", "sultan", "premier", "commander",
			"chief", "director", "spokesperson", "spokesman", "spokeswoman", "gen", "col", "lt", "maj", "capt", "adm",
			"brig", "sgt", "datuk", "dato", "samdech", "excellency", "chancellor", "envoy", "commissar", "pm", "tun",
			"datin", "puan", "representative", "emperor", "coach", "mp", "mep", "yb", "ybhg", "ybrs", "tyt",
			"haji", "hajah", "shri", "smt", "utama");

	/** Royal titles: a single word after them is the name, not a short reference ({@code Sultan Ibrahim}). */
	private static final Set<String> ROYAL_TITLES = Set.of("king", "queen", "sultan", "prince", "princess", "emperor");

	/**
	 * Malaysian and Bruneian honorifics of two words (or three: {@code Dato Seri Pahlawan}), whose second word is a title
	 * only after the first: {@code Tan Sri} ({@code Tan} is a family name too), {@code Datuk Seri}, {@code Dato' Sri},
	 * {@code Puan Sri}, {@code YBrs Tuan} ({@code Tuan} is a Vietnamese given name too).
	 */
	private static final Map<String, Set<String>> TWO_WORD_HONORIFICS = Map.of("tan", Set.of("sri"), "seri",
			Set.of("datuk", "dato", "tan"), "sri", Set.of("datuk", "dato", "tan", "puan"), "tuan",
			Set.of("yb", "ybhg", "ybrs", "tyt"), "pahlawan", Set.of("seri"), "setia", Set.of("seri"), "paduka",
			Set.of("dato", "datuk", "seri"));

	/** Words that may stand inside a title before its head word. */
	private static final Set<String> TITLE_QUALIFIERS = Set.of("senior", "sen", "snr", "lieut", "lieutenant", "major", "brigadier", "vice", "rear",
			"air", "chief", "first", "second", "deputy", "defence", "defense", "foreign", "prime", "state", "party",
			"general", "national", "assoc", "associate", "his", "her", "acting", "former", "permanent", "standing",
			"executive", "political", "police", "army", "navy", "naval", "military", "security", "public", "home",
			"interior", "finance", "trade", "field", "group", "wing", "squadron", "flight", "master", "staff", "assistant",
			"affairs", "justice", "industry", "information", "health", "education", "culture", "labour", "labor",
			"co", "deputy-general", "lieutenant-general", "major-general", "secretary-general");

	/** Title words that are military or academic ranks rather than positions. */
	private static final Set<String> RANK_WORDS = Set.of("senior", "sen", "snr", "lieut", "lieutenant", "major", "brigadier", "general",
			"colonel", "captain", "admiral", "vice", "rear", "commodore", "marshal", "sergeant", "corporal", "gen", "col",
			"lt", "maj", "capt", "adm", "brig", "sgt", "air", "first", "second", "assoc", "associate", "prof", "professor",
			"dr", "lieutenant-general", "major-general");

	/** Honorifics that are neither rank nor position. */
	private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "madam", "sir", "his", "her",
			"excellency", "datuk", "dato", "samdech", "tun", "datin", "puan", "tan", "seri", "sri", "yb", "ybhg", "ybrs",
			"tyt", "tuan", "haji", "hajah", "shri", "smt", "utama");

	/** Position words before which {@code General} belongs to the position: {@code Secretary General}. */
	private static final Set<String> GENERAL_AS_POSITION = Set.of("secretary", "attorney", "governor", "consul",
			"inspector", "director", "procurator", "auditor");

	/** Capitalised words after which a Vietnamese name names a place: {@code Tran Hung Dao Street}. */
	private static final Set<String> PLACE_AFTER = Set.of("street", "road", "avenue", "boulevard", "bridge", "school",
			"hospital", "pagoda", "temple", "ward", "commune", "village", "district", "province", "city", "airport",
			"port", "square", "park", "museum", "university", "stadium", "hall", "campaign", "system", "trail", "era",
			"thought", "mausoleum", "award", "prize", "medal", "order");

	/** Lower-case words after which a Vietnamese name names a place: {@code Lang Nu village}, {@code Bao Yen district}. */
	private static final Set<String> PLACE_UNITS = Set.of("street", "road", "avenue", "village", "hamlet", "district",
			"province", "commune", "ward", "city", "town", "bridge", "pagoda", "temple", "airport", "port", "border",
			"island", "islands", "area", "school", "primary", "secondary", "kindergarten", "university", "college",
			"hospital", "stadium", "market", "park", "station", "museum", "memorial", "mountain", "river", "lake");

	/**
	 * A credit line's name: {@code Translated by Minh Anh}, {@code By Thu Hang}, {@code Photo: Trong Hai},
	 * {@code Reporter: Genta Tenri Mawangi}, {@code WRITER: Wassana Nanuam}. Words of a name are one space apart: a
	 * wider gap ends it ({@code By Hai Hien   January 8, 2025}).
	 */
	private static final Pattern CREDIT = Pattern.compile("(?:(?:[Tt]ranslated|[Ww]ritten|[Rr]eported|[Cc]ompiled"
			+ "|[Ee]dited|[Pp]hotos?|[Ss]tory|[Aa]rticle)(?: and [a-z]+)? by|By|((?i:photos?|video|story|reporters?|editors?"
			+ "|writers?|author|correspondent|text))\\s*:)"
			+ "\\s*(\\p{Lu}[\\p{L}\\p{M}'\\-]*(?: \\p{Lu}[\\p{L}\\p{M}'\\-]*){0,3})");

	/**
	 * Who leads, heads or chairs something is a person: {@code a delegation led by Roberto Morales Ojeda}. Two to four
	 * capitalised words, not a known name of anything else.
	 */
	private static final Pattern LED_BY = Pattern.compile("(?:led|headed|chaired|co-chaired|accompanied|hosted) by\\s+"
			+ "(\\p{Lu}[\\p{L}\\p{M}'\\-]+(?:[ \\t]+\\p{Lu}[\\p{L}\\p{M}'\\-]+){1,3})(?=\\s*[,.;:()]|\\s+(?:and|who|to|at|in|on)\\b|$)");

	/** The second name of a credit: {@code and Tom Reyes} up to the end of the line. */
	private static final Pattern SECOND_CREDIT = Pattern
		.compile(" and (\\p{Lu}[\\p{L}\\p{M}'\\-]*(?: \\p{Lu}[\\p{L}\\p{M}'\\-]*){1,3})[ \\t]*(?:\\n|$)");

	/** Words that open a credit (folded). */
	private static final Set<String> CREDIT_WORDS = Set.of("translated", "written", "reported", "compiled", "edited",
			"photo", "photos", "story", "article", "video", "reporter", "reporters", "editor", "editors", "writer",
			"writers", "author", "correspondent", "text");

	private final KnowledgeBase knowledgeBase;

	PersonNames(KnowledgeBase knowledgeBase) {
		this.knowledgeBase = knowledgeBase;
	}

	void propose(ArticleText article, List<Candidate> into) {
		boolean[] taken = new boolean[article.size()];
		proposeTitled(article, into, taken);
		proposeVietnamese(article, into, taken);
		proposeCredits(article, into);
		proposeLeaders(article, into);
	}

	private void proposeTitled(ArticleText article, List<Candidate> into, boolean[] taken) {
		int t = 0;
		int n = article.size();
		while (t < n) {
			if (!isTitleWord(article, t)) {
				t++;
				continue;
			}
			// a run of title words, abbreviated ("Assoc. Prof. Dr.", "Dato'") or hyphenated ("Rear-Admiral")
			int first = t;
			int lastHead = -1;
			int lastWord = t;
			int next = t;
			while (next < n && isTitleWord(article, next) && (next == first || article.sameLineGap(next - 1, next))) {
				if (TITLE_HEADS.contains(folded(article, next)) || isHonorificPart(article, next)) {
					lastHead = next;
				}
				lastWord = next;
				next = skipTitlePunctuation(article, next + 1);
			}
			int positionStart = positionStart(article, first);
			if (lastHead < 0 && positionStart < first) {
				lastHead = lastWord; // "State Minister of Defence Miyake Shingo": the position ends the run
			}
			if (lastHead < 0 || next >= n || !article.sameLineGap(next - 1, next)) {
				t = next;
				continue;
			}
			// a title word may also open the name ("General Secretary To Lam"): the name starts after the last head
			int nameStart = skipTitlePunctuation(article, lastHead + 1);
			int nameEnd = nameEnd(article, nameStart);
			if (nameEnd > nameStart && article.inTitleCaseHeadline(article.start(nameStart))
					&& knowledgeBase.byName(article.text().substring(article.start(nameStart), article.end(nameEnd - 1)))
						.filter(e -> e.type() == EntityType.PERSON).isEmpty()) {
				nameEnd = nameStart; // "Defence Minister Strengthens Ties": a headline's capitals mark no name
			}
			if (nameEnd > nameStart) {
				String name = article.text().substring(article.start(nameStart), article.end(nameEnd - 1));
				String[] titles = splitTitle(article, positionStart, lastHead);
				if (nameEnd - nameStart == 1 && ROYAL_TITLES.contains(folded(article, lastHead))) {
					// "Sultan Ibrahim", "King Sihamoni": the name exists only with the title, so the title is part of it
					String royal = article.text().substring(article.start(lastHead), article.end(nameStart));
					into.add(person(article.start(lastHead), article.end(nameStart), royal, knowledgeBase,
							Candidate.STRONG_RULE, null, titles[1]));
				}
				else if (nameEnd - nameStart == 1) {
					into.add(new Candidate(article.start(nameStart), article.end(nameStart), EntityType.PERSON,
							"person-short:" + CharFolding.fold(name), name, null, Candidate.STRONG_RULE, titles[0],
							titles[1], true));
				}
				else {
					into.add(person(article.start(nameStart), article.end(nameEnd - 1), name, knowledgeBase,
							Candidate.STRONG_RULE, titles[0], titles[1]));
				}
				for (int k = nameStart; k < nameEnd; k++) {
					taken[k] = true;
				}
				t = nameEnd;
			}
			else {
				t = next;
			}
		}
	}

	/** Skips a dot, an apostrophe or a hyphen that belongs to a title word ({@code Gen.}, {@code Dato'}, {@code Rear-}). */
	private int skipTitlePunctuation(ArticleText article, int t) {
		int n = article.size();
		if (t < n && article.touching(t - 1, t)
				&& (article.isPunct(t, '.') || article.isPunct(t, '\'') || article.isPunct(t, '\u2019'))) {
			return t + 1;
		}
		if (t + 1 < n && article.isPunct(t, '-') && article.touching(t - 1, t) && article.touching(t, t + 1)
				&& isTitleWord(article, t + 1)) {
			return t + 1;
		}
		return t;
	}

	/** {@code Minister of National Defence General ...}: the position runs from its head before {@code of}. */
	private int positionStart(ArticleText article, int first) {
		// "Senior Minister of State for Defence Zaqy Mohamad": the position may chain several "of"/"for" links
		int start = first;
		boolean head = false;
		while (true) {
			int of = start - 1;
			if (of >= 1 && article.kind(of) == ArticleText.WORD && "the".equals(folded(article, of))) {
				of--;
			}
			if (of < 1 || article.kind(of) != ArticleText.WORD
					|| !("of".equals(folded(article, of)) || "for".equals(folded(article, of)))
					|| !isTitleWord(article, of - 1)) {
				break;
			}
			int linkStart = of - 1;
			head |= TITLE_HEADS.contains(folded(article, linkStart));
			while (linkStart > 0 && isTitleWord(article, linkStart - 1) && article.sameLineGap(linkStart - 1, linkStart)) {
				linkStart--;
				head |= TITLE_HEADS.contains(folded(article, linkStart));
			}
			start = linkStart;
		}
		return head ? start : first;
	}

	private boolean isTitleWord(ArticleText article, int t) {
		if (!(article.isCapitalized(t))) {
			return false;
		}
		String word = folded(article, t);
		return TITLE_HEADS.contains(word) || TITLE_QUALIFIERS.contains(word) || isHonorificPart(article, t);
	}

	/** A word of a two-word Malaysian honorific: {@code Tan} before {@code Sri}, {@code Seri} after {@code Datuk}. */
	private static boolean isHonorificPart(ArticleText article, int t) {
		Set<String> partners = TWO_WORD_HONORIFICS.get(folded(article, t));
		if (partners == null || !article.isCapitalized(t)) {
			return false;
		}
		if ("tan".equals(folded(article, t))) {
			return t + 1 < article.size() && partners.contains(folded(article, t + 1));
		}
		int before = t - 1;
		if (before >= 0 && article.isPunct(before, '\'')) {
			before--; // "Dato' Sri"
		}
		return before >= 0 && article.kind(before) == ArticleText.WORD && partners.contains(folded(article, before));
	}

	/** The end (exclusive) of the name starting at the token, or the token itself when no name starts there. */
	private int nameEnd(ArticleText article, int start) {
		return PersonNameForm.end(article, start, knowledgeBase, true);
	}

	private boolean isNameWord(ArticleText article, int t) {
		return isNameWord(article, t, knowledgeBase);
	}

	/**
	 * A capitalised word that may stand in a person's name: no title, head word, generic or function word, month or
	 * weekday, nor a known name of anything but a person.
	 */
	static boolean isNameWord(ArticleText article, int t, KnowledgeBase knowledgeBase) {
		if (!article.isCapitalized(t)) {
			return false;
		}
		String word = folded(article, t);
		return word.length() >= 2 && !TITLE_HEADS.contains(word) && !TITLE_QUALIFIERS.contains(word)
				&& !Lexicon.TAIL_HEADS.containsKey(word) && !Lexicon.GENERIC.contains(word) && !isPluralHead(word)
				&& !Lexicon.FUNCTION_WORDS.contains(word) && !Lexicon.CALENDAR.contains(word)
				&& !isKnownNonPerson(article.token(t), knowledgeBase);
	}

	/** {@code Departments}, {@code Ministries}: the plural of a head word names no one. */
	private static boolean isPluralHead(String word) {
		if (word.length() < 4 || word.charAt(word.length() - 1) != 's') {
			return false;
		}
		String singular = word.endsWith("ies") ? word.substring(0, word.length() - 3) + "y"
				: word.substring(0, word.length() - 1);
		return Lexicon.TAIL_HEADS.containsKey(singular) || Lexicon.GENERIC.contains(singular);
	}

	/** Whether the knowledge base knows the name as something other than a person. */
	static boolean isKnownNonPerson(String name, KnowledgeBase knowledgeBase) {
		return knowledgeBase.byName(name).map(e -> e.type() != EntityType.PERSON).orElse(false);
	}

	/** Whether the word is a title word that may stand before a name ({@code spokesperson}, {@code Minister}). */
	static boolean isTitleHead(String folded) {
		return TITLE_HEADS.contains(folded);
	}

	/** Whether the word may stand in a title ({@code Senior}, {@code Lieutenant}, {@code General}). */
	static boolean isTitleWord(String folded) {
		return TITLE_HEADS.contains(folded) || TITLE_QUALIFIERS.contains(folded);
	}

	/** Rank and position of the title tokens [first, lastHead]: {@code [rank, role]}, either may be null. */
	private static String[] splitTitle(ArticleText article, int first, int lastHead) {
		List<Integer> words = new ArrayList<>();
		for (int k = first; k <= lastHead; k++) {
			if (article.kind(k) == ArticleText.WORD) {
				words.add(k);
			}
		}
		int end = words.size();
		while (end > 0 && HONORIFICS.contains(folded(article, words.get(end - 1)))) {
			end--; // "Vice Admiral Dato'": the honorific closes the title but is no rank
		}
		if (end == 0) {
			return new String[] { null, null };
		}
		lastHead = words.get(end - 1);
		words = words.subList(0, end);
		int rankStart = words.size();
		while (rankStart > 0 && RANK_WORDS.contains(folded(article, words.get(rankStart - 1)))) {
			rankStart--;
		}
		// "Secretary General": General completes the position
		if (rankStart < words.size() && rankStart > 0 && "general".equals(folded(article, words.get(rankStart)))
				&& GENERAL_AS_POSITION.contains(folded(article, words.get(rankStart - 1)))) {
			rankStart++;
		}
		int roleStart = 0;
		while (roleStart < rankStart && HONORIFICS.contains(folded(article, words.get(roleStart)))) {
			roleStart++;
		}
		String rank = rankStart < words.size() ? span(article, words.get(rankStart), lastHead) : null;
		String role = roleStart < rankStart ? span(article, words.get(roleStart), words.get(rankStart - 1)) : null;
		return new String[] { rank, role };
	}

	private static String span(ArticleText article, int from, int to) {
		int end = article.end(to);
		if (end < article.text().length() && article.text().charAt(end) == '.') {
			end++;
		}
		return article.text().substring(article.start(from), end);
	}

	private void proposeVietnamese(ArticleText article, List<Candidate> into, boolean[] taken) {
		int n = article.size();
		for (int t = 0; t < n; t++) {
			if (taken[t] || !article.isCapitalized(t) || !PersonNameForm.isFamilyName(folded(article, t))) {
				continue;
			}
			boolean allCaps = article.isAllCaps(t);
			int end = t + 1;
			while (end < n && end - t < 4 && !taken[end] && article.sameLineGap(end - 1, end) && !columnGap(article, end)
					&& article.isCapitalized(end) && article.isAllCaps(end) == allCaps
					&& PersonNameForm.isGivenSyllable(folded(article, end))) {
				end++;
			}
			if (end - t < 2 || (end < n && article.sameLineGap(end - 1, end) && (article.isCapitalized(end)
					? PLACE_AFTER.contains(folded(article, end)) : PLACE_UNITS.contains(folded(article, end))))) {
				continue;
			}
			String name = article.text().substring(article.start(t), article.end(end - 1));
			into.add(Candidate.of(article.start(t), article.end(end - 1), EntityType.PERSON, personKey(name),
					displayName(name), null, Candidate.FORM_RULE));
			t = end - 1;
		}
	}

	/** Whether a wide gap (a tab, or three spaces or more) stands before the token: the columns of a byline line. */
	private static boolean columnGap(ArticleText article, int t) {
		int gap = article.start(t) - article.end(t - 1);
		return gap >= 3 || gap > 0 && article.text().charAt(article.end(t - 1)) == '\t';
	}

	private void proposeLeaders(ArticleText article, List<Candidate> into) {
		Matcher led = LED_BY.matcher(article.text());
		for (int t = 0; t + 2 < article.size(); t++) {
			if (!"by".equals(article.foldedToken(t + 1)) || !LEADING.contains(article.foldedToken(t))) {
				continue;
			}
			Matcher m = RegexAt.match(led, article.start(t));
			if (m == null) {
				continue;
			}
			String name = m.group(1);
			if (knowledgeBase.byName(name).isPresent() || hasPlainWord(name)) {
				continue;
			}
			into.add(Candidate.of(m.start(1), m.end(1), EntityType.PERSON, personKey(name), displayName(name), null,
					Candidate.FORM_RULE));
		}
	}

	private static final Set<String> LEADING = Set.of("led", "headed", "chaired", "accompanied", "hosted");

	/** Whether a word of the name is a function word, a generic word, a head word or a title. */
	private static boolean hasPlainWord(String name) {
		for (String word : HYPHENS_OR_SPACES.split(name)) {
			String w = CharFolding.fold(word);
			if (Lexicon.FUNCTION_WORDS.contains(w) || Lexicon.GENERIC.contains(w) || Lexicon.TAIL_HEADS.containsKey(w)
					|| TITLE_HEADS.contains(w) || TITLE_QUALIFIERS.contains(w)) {
				return true;
			}
		}
		return false;
	}

	private void proposeCredits(ArticleText article, List<Candidate> into) {
		Matcher credit = CREDIT.matcher(article.text());
		for (int t = 0; t < article.size(); t++) {
			if (article.kind(t) != ArticleText.WORD) {
				continue;
			}
			String word = folded(article, t);
			boolean byline = "by".equals(word) && article.isCapitalized(t) && article.startsSentence(t);
			Matcher m;
			if (!(byline || CREDIT_WORDS.contains(word)) || (m = RegexAt.match(credit, article.start(t))) == null) {
				continue;
			}
			String name = withoutCalendarWords(m.group(2).strip());
			if (name.isEmpty()) {
				continue; // "By Friday, the storm ..."
			}
			String[] words = SPACES.split(name);
			// "Photo: VNA", "Photo: Internet": a colon credit names a person only with a full name
			if ((m.group(1) != null && words.length < 2) || knowledgeBase.byName(name).isPresent()) {
				continue;
			}
			if (!isCreditName(words)) {
				continue;
			}
			int start = m.start(2);
			into.add(Candidate.of(start, start + name.length(), EntityType.PERSON, personKey(name), displayName(name), null,
					Candidate.STRONG_RULE));
			proposeSecondCredit(article.text(), start + name.length(), into);
		}
	}

	/** {@code By Anna Lee and Tom Reyes}: the second name of a credit, when it ends the line. */
	private void proposeSecondCredit(String text, int after, List<Candidate> into) {
		Matcher second = SECOND_CREDIT.matcher(text).region(after, Math.min(text.length(), after + 80));
		if (!second.lookingAt()) {
			return;
		}
		String name = second.group(1);
		if (isCreditName(name.split(" ")) && knowledgeBase.byName(name).isEmpty()) {
			into.add(Candidate.of(second.start(1), second.end(1), EntityType.PERSON, personKey(name), displayName(name),
					null, Candidate.STRONG_RULE));
		}
	}

	/**
	 * Whether the words of a credit are a name: none is a common word or a head word, except a first {@code He}
	 * before more words, a Chinese family name ({@code By He Yuemin}) where no pronoun can stand.
	 */
	private static boolean isCreditName(String[] words) {
		for (int i = 0; i < words.length; i++) {
			String w = CharFolding.fold(words[i]);
			boolean familyName = i == 0 && words.length >= 2 && "he".equals(w);
			if (!familyName && (Lexicon.FUNCTION_WORDS.contains(w) || Lexicon.GENERIC.contains(w)
					|| Lexicon.TAIL_HEADS.containsKey(w))) {
				return false;
			}
		}
		return true;
	}

	/** The name without the months and weekdays that end it: {@code Hai Hien January} is Hai Hien. */
	private static String withoutCalendarWords(String name) {
		String result = name;
		int space;
		while (!result.isEmpty()) {
			space = result.lastIndexOf(' ');
			String last = result.substring(space + 1);
			if (!Lexicon.CALENDAR.contains(CharFolding.fold(last))) {
				break;
			}
			result = space < 0 ? "" : result.substring(0, space);
		}
		return result;
	}

	/**
	 * A person's mention found by a rule; a name the knowledge base knows as a person takes its entry, so that
	 * {@code Sultan Ibrahim} is named as the knowledge base names him.
	 */
	static Candidate person(int start, int end, String name, KnowledgeBase knowledgeBase, int priority, String rank,
			String role) {
		KbEntry known = knowledgeBase.byName(name).filter(e -> e.type() == EntityType.PERSON).orElse(null);
		if (known != null) {
			return new Candidate(start, end, EntityType.PERSON, personKey(known.canonicalName()), known.canonicalName(),
					known, priority, rank, role, false);
		}
		return new Candidate(start, end, EntityType.PERSON, personKey(name), displayName(name), null, priority, rank,
				role, false);
	}

	/**
	 * What groups a person's mentions: the same for {@code Phan Văn Giang}, {@code PHAN VAN GIANG} and the knowledge base,
	 * and for {@code Lloyd Austin} and {@code Lloyd J. Austin III}.
	 */
	static String personKey(String name) {
		return "person:" + KnowledgeBase.key(String.join(" ", nameWords(name)));
	}

	/** The words of a person's name without middle initials and generational suffixes. */
	static String[] nameWords(String name) {
		String[] words = COMMAS_OR_SPACES.split(name);
		int kept = 0;
		for (String word : words) {
			if (!PersonNameForm.isOrnament(word)) {
				words[kept++] = word;
			}
		}
		return kept == words.length ? words : java.util.Arrays.copyOf(words, kept);
	}

	/** A name written in capitals ({@code HOANG XUAN CHIEN}) is given in title case. */
	static String displayName(String name) {
		if (!name.equals(name.toUpperCase(Locale.ROOT))) {
			return name;
		}
		StringBuilder out = new StringBuilder(name.length());
		boolean startOfWord = true;
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			out.append(startOfWord ? c : Character.toLowerCase(c));
			startOfWord = !Character.isLetter(c);
		}
		return out.toString();
	}

	private static String folded(ArticleText article, int t) {
		return article.foldedToken(t);
	}

}
