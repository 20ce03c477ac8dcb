package io.articleflow.extract.entity;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.articleflow.common.event.EntityType;
import io.articleflow.extract.kb.KbEntry;
import io.articleflow.extract.kb.KbFlag;
import io.articleflow.extract.kb.KbMatch;
import io.articleflow.extract.kb.KbMatcher;
import io.articleflow.extract.kb.KnowledgeBase;
import io.articleflow.extract.text.ArticleText;

/**
 * Proposes the knowledge base's names found in the text, with what surrounds them: an ordinal before a recurring event
 * ({@code 15th ASEAN Defense Ministers Meeting}, {@code 10th Anniversary ADMM+}, {@code ADMM-14}) and an acronym in
 * brackets inside a name ({@code United Nations (U.N.) Security Council}).
 */
final class KnowledgeBaseMentions {

	/** Splits words at white space (precompiled: {@code String.split} compiles such a pattern on every call). */
	private static final Pattern SPACES = Pattern.compile("\\s+");

	/** {@code of Brunei}, {@code of the Philippines}, {@code of South Korea}: a country after a generic name. */
	private static final Pattern OF_COUNTRY = Pattern
		.compile(" of (?:the )?(\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+)?)(?![\\p{L}])");

	/** A ministry named head last: {@code Defence Ministry}, {@code National Defence Ministry}. */
	private static final Pattern HEAD_LAST_MINISTRY = Pattern.compile("(?i)((?:\\p{L}+ ){0,2}\\p{L}+) Ministry");

	/** A bracketed short form, then the rest of a name: {@code " (U.N.) Security Council"}. */
	private static final Pattern INLINE_ACRONYM = Pattern.compile("\\s*\\([^()\\n]{1,12}\\)\\s+((?:[\\p{Lu}][\\p{L}'\\-]*\\s*){1,4})");

	/** A session number after a series acronym: {@code ADMM-14}. */
	private static final Pattern SESSION_SUFFIX = Pattern.compile("-\\d{1,3}(?![\\d\\p{L}])");

	private final KbMatcher matcher;

	KnowledgeBaseMentions(KbMatcher matcher) {
		this.matcher = matcher;
	}

	void propose(ArticleText article, List<Candidate> into) {
		String text = article.text();
		for (KbMatch match : matcher.find(article)) {
			KbEntry entry = match.entry();
			if (entry.type() == EntityType.EVENT && (entry.has(KbFlag.SERIES) || entry.has(KbFlag.NUMBERED))) {
				proposeOccurrence(text, match, into);
				continue;
			}
			if (entry.has(KbFlag.NATIONAL) && proposeForeignCounterpart(text, match, into)) {
				continue;
			}
			into.add(Candidate.ofKb(match.start(), match.end(), entry, Candidate.KNOWLEDGE_BASE));
			proposeAcronymInsideName(text, match, into);
		}
	}

	private static void proposeOccurrence(String text, KbMatch match, List<Candidate> into) {
		KbEntry entry = match.entry();
		int ordinalStart = Ordinals.startBefore(text, match.start());
		if (entry.has(KbFlag.NUMBERED)) {
			if (ordinalStart < 0) {
				return; // "the Party Congress": no particular congress
			}
			String ordinal = text.substring(ordinalStart, match.start()).strip();
			int n = Ordinals.value(ordinal);
			if (n <= 0) {
				return;
			}
			String canonical = Ordinals.format(n) + " " + entry.canonicalName();
			into.add(Candidate.of(ordinalStart, match.end(), EntityType.EVENT, entry.id() + "#" + n, canonical, null,
					Candidate.KNOWLEDGE_BASE));
			return;
		}
		int start = match.start();
		if (ordinalStart >= 0) {
			start = ordinalStart;
		}
		else if (precededByWord(text, match.start(), "anniversary")) {
			// "10th Anniversary ADMM+": the ordinal counts the series' years
			int word = text.lastIndexOf(' ', match.start() - 2) + 1;
			int ordinal = Ordinals.startBefore(text, word);
			if (ordinal >= 0) {
				start = ordinal;
			}
		}
		int end = match.end();
		if (match.acronym() && end + 1 < text.length() && text.charAt(end) == '-' && Character.isDigit(text.charAt(end + 1))) {
			Matcher session = SESSION_SUFFIX.matcher(text).region(end, Math.min(text.length(), end + 5));
			if (session.lookingAt()) {
				end = session.end();
			}
		}
		into.add(Candidate.ofKb(start, end, entry, Candidate.KNOWLEDGE_BASE));
	}

	/**
	 * {@code Indonesia's Defence Ministry}, {@code the Thai Defence Ministry}: a generic name of a Vietnamese body,
	 * qualified by another country, names that country's body. Proposes it as an entity of its own (the country stays a
	 * mention of its own too) and answers whether it did.
	 */
	private boolean proposeForeignCounterpart(String text, KbMatch match, List<Candidate> into) {
		String surface = text.substring(match.start(), match.end());
		String folded = KnowledgeBase.key(surface);
		if (folded.contains("vietnam") || folded.contains("viet nam")) {
			return false;
		}
		if (proposeCounterpartOfCountryAfter(text, match, into)) {
			return true;
		}
		int i = match.start();
		while (i > 0 && text.charAt(i - 1) == ' ') {
			i--;
		}
		int wordEnd = i;
		boolean possessive = false;
		if (i >= 2 && text.charAt(i - 1) == 's' && text.charAt(i - 2) == '\'') {
			wordEnd = i - 2;
			possessive = true;
		}
		else if (i >= 1 && text.charAt(i - 1) == '\'') {
			wordEnd = i - 1;
			possessive = true;
		}
		int wordStart = wordEnd;
		while (wordStart > 0 && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
			wordStart--;
		}
		if (wordStart == wordEnd) {
			return false;
		}
		String qualifier = text.substring(wordStart, wordEnd);
		String country = possessive ? countryNamed(qualifier) : Lexicon.countryOfNationality(qualifier);
		if (country == null || country.equals("Vietnam")) {
			return false;
		}
		proposeCounterpart(possessive ? match.start() : wordStart, match.end(), surface, country, into);
		return true;
	}

	/**
	 * One country's body named by a generic name ({@code Defence Ministry}): the knowledge base's entry for it when
	 * it has one, else the generic name in its full form qualified by the country, {@code Ministry of Defence (Brunei)},
	 * the form the knowledge base gives such bodies. One below a knowledge-base name of the same span.
	 */
	private void proposeCounterpart(int start, int end, String generic, String country, List<Candidate> into) {
		String full = fullForm(generic);
		Optional<KbEntry> known = Stream.of(full + " of " + country, country + " " + generic, country + "'s " + generic)
			.map(name -> matcher.knowledgeBase().byName(name))
			.flatMap(Optional::stream)
			.filter(e -> e.type() == EntityType.ORGANIZATION)
			.findFirst();
		if (known.isPresent()) {
			into.add(Candidate.ofKb(start, end, known.get(), Candidate.KNOWLEDGE_BASE - 1));
			return;
		}
		into.add(Candidate.of(start, end, EntityType.ORGANIZATION,
				"organization:" + KnowledgeBase.key(country) + ":" + KnowledgeBase.key(full), full + " (" + country + ")",
				null, Candidate.KNOWLEDGE_BASE - 1));
	}

	/** {@code Defence Ministry} → {@code Ministry of Defence}, {@code Foreign Ministry} → {@code Ministry of Foreign Affairs}. */
	private static String fullForm(String generic) {
		Matcher m = HEAD_LAST_MINISTRY.matcher(generic);
		if (!m.matches()) {
			return generic;
		}
		return "Ministry of " + (m.group(1).equalsIgnoreCase("foreign") ? "Foreign Affairs" : m.group(1));
	}

	/** {@code the Defence Ministry of Brunei}: the country named after the generic name says whose body it is. */
	private boolean proposeCounterpartOfCountryAfter(String text, KbMatch match, List<Candidate> into) {
		Matcher m = OF_COUNTRY.matcher(text).region(match.end(), Math.min(text.length(), match.end() + 60));
		if (!m.lookingAt()) {
			return false;
		}
		String country = countryNamed(m.group(1));
		if (country == null && m.group(1).indexOf(' ') > 0) {
			// "of Thailand Prayut ...": the country is the first word
			country = countryNamed(m.group(1).substring(0, m.group(1).indexOf(' ')));
		}
		if (country == null || country.equals("Vietnam")) {
			return false;
		}
		// the mention ends before the country, which stays a mention of its own
		proposeCounterpart(match.start(), match.end(), text.substring(match.start(), match.end()), country, into);
		return true;
	}

	private String countryNamed(String word) {
		return matcher.knowledgeBase()
			.byName(word)
			.filter(e -> e.type() == EntityType.LOCATION)
			.map(KbEntry::canonicalName)
			.orElse(null);
	}

	/** Whether the word right before the offset (white space between) is the given one, in any case. */
	private static boolean precededByWord(String text, int offset, String word) {
		int end = offset;
		while (end > 0 && text.charAt(end - 1) == ' ') {
			end--;
		}
		int start = end - word.length();
		return end < offset && start >= 0 && text.regionMatches(true, start, word, 0, word.length())
				&& (start == 0 || !Character.isLetter(text.charAt(start - 1)));
	}

	/** {@code United Nations (U.N.) Security Council}: the name continues after the bracketed acronym. */
	private void proposeAcronymInsideName(String text, KbMatch match, List<Candidate> into) {
		if (match.end() >= text.length() || text.charAt(match.end()) != ' ' && text.charAt(match.end()) != '(') {
			return;
		}
		Matcher m = INLINE_ACRONYM.matcher(text).region(match.end(), Math.min(text.length(), match.end() + 80));
		if (!m.lookingAt()) {
			return;
		}
		String head = text.substring(match.start(), match.end());
		String[] words = SPACES.split(m.group(1).strip());
		int wordEnd = m.start(1);
		StringBuilder name = new StringBuilder(head);
		for (String word : words) {
			wordEnd = text.indexOf(word, wordEnd) + word.length();
			name.append(' ').append(word);
			matcher.knowledgeBase()
				.byName(name.toString())
				.ifPresent(entry -> into.add(Candidate.ofKb(match.start(), endOf(text, match.start(), name), entry,
						Candidate.KNOWLEDGE_BASE)));
		}
	}

	private static int endOf(String text, int start, CharSequence joinedName) {
		// the span runs from the name's start to the end of its last word (the acronym stays inside)
		String[] parts = joinedName.toString().split(" ");
		String last = parts[parts.length - 1];
		int from = start;
		int end = start;
		for (String part : parts) {
			int at = text.indexOf(part, from);
			end = at + part.length();
			from = end;
		}
		return last.isEmpty() ? start : end;
	}

}
