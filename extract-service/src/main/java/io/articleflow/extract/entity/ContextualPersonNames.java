package io.articleflow.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.articleflow.common.event.EntityType;
import io.articleflow.extract.kb.KnowledgeBase;
import io.articleflow.extract.text.ArticleText;
import io.articleflow.extract.text.CharFolding;

/**
 * Person names that neither a capitalised title nor a Vietnamese form announces, recognised by what the text writes
 * around them:
 * <ul>
 * <li>a role in lower case before the name ({@code foreign ministry spokesperson Lin Jian}, {@code his Japanese
 * counterpart Nakatani Gen});</li>
 * <li>a role after the name, set off by a comma ({@code Carlyle Thayer, emeritus professor at ...},
 * {@code Nguyen Tan Cuong, Chief of the General Staff, said}); the role goes with the person;</li>
 * <li>a role before the name, set off by commas ({@code the Deputy Secretary for Strategy at the Department of
 * Defence, Jane Doe, co-chaired}): the apposition names the holder of the role;</li>
 * <li>a reporting verb before the name ({@code said Julia Smith, an analyst});</li>
 * <li>a signature line closing the article ({@code Khanh Linh}, {@code Nhật Minh / VNA}, a name above
 * {@code Defence Correspondent}).</li>
 * </ul>
 * The name is two to three capitalised words (four for a Vietnamese family name), none a title, head or generic word
 * and none a known name of anything but a person.
 */
final class ContextualPersonNames {

	/** Nouns of a role, written before or after a name ({@code ambassador X}, {@code X, the ambassador}). */
	private static final Set<String> ROLE_NOUNS = Set.of("spokesperson", "spokesman", "spokeswoman", "ambassador",
			"minister", "chairman", "chairwoman", "chairperson", "president", "director", "commander", "secretary",
			"chief", "head", "governor", "envoy", "premier", "lawmaker", "senator", "mayor", "professor", "economist",
			"analyst", "researcher", "expert", "journalist", "correspondent", "officer", "official", "diplomat",
			"leader", "founder", "executive", "ceo", "lecturer", "scholar", "representative", "adviser", "advisor",
			"general", "colonel", "admiral");

	/** Roles written in lower case right before a name. */
	private static final Set<String> ROLES_BEFORE = with(ROLE_NOUNS, "deputy", "counterpart", "legislator", "resident",
			"reporter", "coach");

	/** Words that may open a role after the name, before its head ({@code a former}, {@code emeritus}). */
	private static final Set<String> ROLE_OPENERS = Set.of("a", "an", "the", "former", "then", "acting", "current",
			"deputy", "vice", "senior", "emeritus", "associate", "assistant", "permanent", "standing", "executive",
			"general", "chief", "first", "lead", "principal", "managing", "founding", "political", "military", "defence",
			"defense", "foreign", "prime", "state", "party", "national", "regional", "security");

	/** Heads of a role after the name (folded), besides the title heads. */
	private static final Set<String> ROLE_HEADS = with(ROLE_NOUNS, "fellow", "member", "editor", "rector", "dean",
			"manager");

	/** Words that end a role after the name: the sentence goes on ({@code , said}). */
	private static final Set<String> ROLE_STOPS = Set.of("said", "says", "told", "stressed", "noted", "added", "has",
			"had", "have", "was", "is", "will", "would", "who", "which", "and");

	/** Reporting verbs that may stand right before a name. */
	private static final Set<String> REPORTING = Set.of("said", "says");

	/** Verbs of speech that follow their speaker: {@code Jane Doe told reporters}, {@code Jane Doe said}. */
	private static final Set<String> SPEECH_AFTER = Set.of("said", "says", "told", "stressed", "noted", "added",
			"emphasised", "emphasized", "affirmed", "underlined", "highlighted", "remarked", "asserted", "stated");

	/** Separators of the names of a signature line: {@code Bui Hien - Tran Hien}, {@code Nhật Minh / VNA}. */
	private static final String SIGNATURE_SEPARATORS = "\\s+[\\-\u2013]\\s+|\\s*[/,&]\\s*|\\s+and\\s+";

	/** Words of the links and buttons that may close a page: no name is made of them ({@code See More Photos}). */
	private static final Set<String> PAGE_WORDS = Set.of("see", "more", "read", "photo", "photos", "video", "videos",
			"related", "share", "news", "top", "home", "next", "back", "all", "print", "gallery", "comments", "source",
			"tags", "latest", "follow", "subscribe", "contact", "about", "advertise", "view", "click", "here", "page");

	private static final int LONGEST_ROLE = 12;

	/** How far before a name, in tokens, the role of an apposition may start. */
	private static final int LONGEST_APPOSITION = 18;

	private final KnowledgeBase knowledgeBase;

	/** Whether the folded word is a role that may stand in lower case before a name ({@code spokesperson}). */
	static boolean isRoleBefore(String folded) {
		return ROLES_BEFORE.contains(folded);
	}

	ContextualPersonNames(KnowledgeBase knowledgeBase) {
		this.knowledgeBase = knowledgeBase;
	}

	void propose(ArticleText article, List<Candidate> into) {
		int n = article.size();
		for (int t = 0; t + 1 < n; t++) {
			if (article.kind(t) != ArticleText.WORD) {
				continue;
			}
			boolean lowerCase = !article.isCapitalized(t);
			if (lowerCase && t >= 2 && article.isCapitalized(t - 1) && SPEECH_AFTER.contains(article.foldedToken(t))
					&& article.sameLineGap(t - 1, t)) {
				proposeSpeaker(article, t, into);
			}
			if (lowerCase && t >= 1 && t + 1 < n && article.isCapitalized(t + 1) && "to".equals(article.foldedToken(t))
					&& "according".equals(article.foldedToken(t - 1))) {
				int end = nameEnd(article, t + 1); // "according to Shin Won-sik"
				if (end - (t + 1) >= 2 && (end >= n || !article.isCapitalized(end))) {
					add(article, t + 1, end, null, into);
				}
				continue;
			}
			// the cheap test first: most words are followed by a lower-case word and start no name
			if (lowerCase && article.isCapitalized(t + 1) && article.sameLineGap(t, t + 1)
					&& (ROLES_BEFORE.contains(article.foldedToken(t)) || REPORTING.contains(article.foldedToken(t)))) {
				String word = article.foldedToken(t);
				int end = nameEnd(article, t + 1);
				if (end - (t + 1) >= 2) {
					String role = REPORTING.contains(word) ? null : article.token(t);
					add(article, t + 1, end, role, into);
				}
				continue;
			}
			if (!lowerCase && t > 1 && article.isPunct(t - 1, ',')) {
				int end = nameEnd(article, t);
				String role = end - t >= 2 && end < n && closesApposition(article, end) ? roleBefore(article, t - 1) : null;
				if (role != null) {
					add(article, t, end, role, into);
					t = end;
					continue;
				}
			}
			if (!lowerCase && commaAfterCapitals(article, t) && opensName(article, t)) {
				int end = nameEnd(article, t);
				if (end - t >= 2 && end + 1 < n && article.isPunct(end, ',') && article.sameLineGap(end, end + 1)) {
					String role = roleAfter(article, end + 1);
					if (role != null) {
						add(article, t, end, role, into);
						t = end;
					}
				}
			}
		}
		proposeSignature(article, into);
	}

	/**
	 * The speaker right before a verb of speech: two or three name words opening the sentence or the clause
	 * ({@code , Jane Doe said}), so that no longer capitalised phrase ends with them.
	 */
	private void proposeSpeaker(ArticleText article, int verb, List<Candidate> into) {
		for (int start = verb - 2; start >= Math.max(0, verb - 4); start--) {
			boolean opens = start == 0 || article.startsSentence(start) || !article.sameLineGap(start - 1, start)
					|| article.kind(start - 1) == ArticleText.PUNCT || !article.isCapitalized(start - 1)
							&& Lexicon.FUNCTION_WORDS.contains(article.foldedToken(start - 1));
			if (opens && nameEnd(article, start) == verb) {
				add(article, start, verb, null, into);
				return;
			}
		}
	}

	/** Whether a comma follows a run of two to four capitalised words from the token: cheap, so it is asked first. */
	private static boolean commaAfterCapitals(ArticleText article, int t) {
		int n = article.size();
		int k = t + 1;
		while (k < n && k - t < 5 && (article.isCapitalized(k) || article.isPunct(k, '-') && article.touching(k - 1, k))) {
			k++;
		}
		return k - t >= 2 && k < n && article.isPunct(k, ',');
	}

	/** Where a name may start: a capitalised word not continuing a capitalised phrase other than a title. */
	private static boolean opensName(ArticleText article, int t) {
		return t == 0 || article.startsSentence(t) || !article.sameLineGap(t - 1, t) || !article.isCapitalized(t - 1)
				|| PersonNames.isTitleWord(article.foldedToken(t - 1));
	}

	/** The end (exclusive) of the run of name words from the token: up to three, four after a Vietnamese family name. */
	private int nameEnd(ArticleText article, int start) {
		int n = article.size();
		if (!PersonNames.isNameWord(article, start, knowledgeBase)) {
			return start;
		}
		int end = PersonNameForm.end(article, start, knowledgeBase, false);
		// a run that goes on with capitalised words is part of a longer name: "Lumut Naval Shipyard"
		if (end < n && article.sameLineGap(end - 1, end) && article.isCapitalized(end)) {
			return start;
		}
		return end;
	}

	/** The role a comma after the name opens ({@code emeritus professor at the University of ...}), or null. */
	private static String roleAfter(ArticleText article, int from) {
		int n = article.size();
		int k = from;
		while (k < n && article.kind(k) == ArticleText.WORD && ROLE_OPENERS.contains(article.foldedToken(k))
				&& !ROLE_HEADS.contains(article.foldedToken(k)) && k - from < 3) {
			k++;
		}
		if (k >= n || article.kind(k) != ArticleText.WORD || !article.sameLineGap(from, k)) {
			return null;
		}
		String head = article.foldedToken(k);
		if (!ROLE_HEADS.contains(head) && !PersonNames.isTitleHead(head)) {
			return null;
		}
		int roleStart = from;
		while (roleStart < k && Set.of("a", "an", "the").contains(article.foldedToken(roleStart))) {
			roleStart++;
		}
		int end = k;
		while (end + 1 < n && end + 1 - from < LONGEST_ROLE && article.sameLineGap(end, end + 1)
				&& !(article.kind(end + 1) == ArticleText.PUNCT && ",.;:\"()".indexOf(article.firstChar(end + 1)) >= 0)
				&& !ROLE_STOPS.contains(article.foldedToken(end + 1))) {
			end++;
		}
		return article.text().substring(article.start(roleStart), article.end(end));
	}

	/** Whether the name's apposition closes at the token: a comma, a bracket, or the verb it is the subject of. */
	private static boolean closesApposition(ArticleText article, int t) {
		return article.isPunct(t, ',') || article.isPunct(t, '(')
				|| article.kind(t) == ArticleText.WORD && !article.isCapitalized(t) && !"of".equals(article.foldedToken(t))
						&& !"and".equals(article.foldedToken(t));
	}

	/**
	 * The role written before the comma ({@code Deputy Secretary Strategy, Policy and Industry at the Department of
	 * Defence}), from its first role word on, or null when none stands there. The role may hold commas of its own; it
	 * starts within {@link #LONGEST_APPOSITION} tokens and after the sentence start or any other punctuation.
	 */
	private static String roleBefore(ArticleText article, int comma) {
		int role = -1;
		for (int k = comma - 1; k >= 0 && comma - k <= LONGEST_APPOSITION && article.sameLineGap(k, comma); k--) {
			if (article.kind(k) == ArticleText.PUNCT && ";:()\"".indexOf(article.firstChar(k)) >= 0) {
				break;
			}
			if (article.kind(k) == ArticleText.WORD && (ROLE_NOUNS.contains(article.foldedToken(k))
					|| PersonNames.isTitleHead(article.foldedToken(k)))) {
				role = k;
			}
			if (article.startsSentence(k)) {
				break;
			}
		}
		return role < 0 ? null : article.text().substring(article.start(role), article.end(comma - 1));
	}

	private void add(ArticleText article, int start, int end, String role, List<Candidate> into) {
		String name = article.text().substring(article.start(start), article.end(end - 1));
		if (PersonNames.isKnownNonPerson(name, knowledgeBase)) {
			return;
		}
		// one above the Vietnamese form, so that a role found here stays with the same name found there
		into.add(PersonNames.person(article.start(start), article.end(end - 1), name, knowledgeBase,
				Candidate.FORM_RULE + 1, null, role));
	}

	/**
	 * The last line, when it is nothing but Vietnamese names (and an agency): the writer's signature. Only names
	 * whose every word is a Vietnamese syllable qualify; a line of anything else is no signature.
	 */
	private void proposeSignature(ArticleText article, List<Candidate> into) {
		String text = article.text();
		int end = text.length();
		while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		int start = text.lastIndexOf('\n', end - 1) + 1;
		String role = null;
		if (isRoleLine(text.substring(start, end)) && start > 1) {
			// "Lim Min Zhang" above "Defence Correspondent": the role closes the article, the name stands above it
			role = text.substring(start, end);
			end = start - 1;
			start = text.lastIndexOf('\n', end - 1) + 1;
		}
		if (end - start < 4 || end - start > 60 || start == 0) {
			return;
		}
		String line = text.substring(start, end);
		int at = start;
		List<Candidate> signed = new ArrayList<>();
		for (String part : line.split(SIGNATURE_SEPARATORS)) {
			int offset = text.indexOf(part, at);
			at = offset + part.length();
			if (part.isBlank()) {
				continue;
			}
			if (isSignatureName(article, part)) {
				signed.add(new Candidate(offset, offset + part.length(), EntityType.PERSON, PersonNames.personKey(part),
						PersonNames.displayName(part), null, Candidate.FORM_RULE, null, role, false));
			}
			else if (knowledgeBase.byName(part).isEmpty()) {
				return; // words that are neither a name nor an agency: not a signature
			}
		}
		into.addAll(signed);
	}

	/** A line of one to four capitalised words ending with a role: {@code Defence Correspondent}. */
	private static boolean isRoleLine(String line) {
		String[] words = line.strip().split(" ");
		if (words.length > 4 || line.isBlank()) {
			return false;
		}
		for (String word : words) {
			if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
				return false;
			}
		}
		String last = CharFolding.fold(words[words.length - 1]);
		return ROLE_HEADS.contains(last) || PersonNames.isTitleHead(last);
	}

	/**
	 * A name of a signature line: two to four capitalised words, each a Vietnamese syllable, or else each a word the
	 * article never writes in lower case and that is no title, head, generic or function word ({@code Ruth Abbey
	 * Gita-Carlos}; not {@code Read More}).
	 */
	private boolean isSignatureName(ArticleText article, String part) {
		String[] words = part.split(" ");
		if (words.length < 2 || words.length > 4 || knowledgeBase.byName(part).isPresent()) {
			return false;
		}
		boolean vietnamese = true;
		for (String word : words) {
			String folded = CharFolding.fold(word);
			if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)) || Lexicon.FUNCTION_WORDS.contains(folded)) {
				return false;
			}
			vietnamese &= PersonNameForm.isSyllable(folded);
		}
		if (vietnamese) {
			return true;
		}
		for (String word : words) {
			for (String piece : word.split("-")) {
				String folded = CharFolding.fold(piece);
				if (piece.isEmpty() || !Character.isUpperCase(piece.charAt(0)) || !piece.chars().allMatch(Character::isLetter)
						|| Lexicon.GENERIC.contains(folded) || Lexicon.TAIL_HEADS.containsKey(folded)
						|| Lexicon.CALENDAR.contains(folded) || PersonNames.isTitleWord(folded)
						|| article.occursInLowerCase(folded) || PAGE_WORDS.contains(folded)
						|| PersonNames.isKnownNonPerson(piece, knowledgeBase)) {
					return false;
				}
			}
		}
		return true;
	}

	private static Set<String> with(Set<String> words, String... more) {
		return Stream.concat(words.stream(), Stream.of(more)).collect(Collectors.toUnmodifiableSet());
	}

}
