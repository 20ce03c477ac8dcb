package io.articleflow.extract.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.articleflow.common.event.EntityType;
import io.articleflow.extract.text.CharFolding;
import io.articleflow.extract.text.ArticleText;
import io.articleflow.extract.text.RegexAt;

/**
 * {@code Long Name (ACR)} defines {@code ACR} for the rest of the article: the bracketed form and every later
 * occurrence of it are mentions of the entity the long name was recognised as ({@code Central Military Commission
 * (CMC)}, then {@code the CMC and MND}), whatever else the acronym names elsewhere.
 */
final class AcronymDefinitions {

	/** Splits words at white space and hyphens. */
	private static final Pattern HYPHENS_OR_SPACES = Pattern.compile("[\\s\\-]+");

	/** A bracketed short form of two or more capitals: {@code (CMC)}, {@code (U.N.)}, {@code (ADMM+)}. */
	private static final Pattern BRACKETED = Pattern.compile("\\s?\\((\\p{Lu}[\\p{Lu}\\p{Ll}\\d.&+\\-]{0,10}[\\p{Lu}\\d.+])\\)");

	/**
	 * Adds mentions of the acronyms the kept mentions define.
	 * @param kept the mentions settled so far, in text order
	 * @param selector the selector that kept them, to add what does not overlap
	 */
	void resolve(ArticleText article, List<Candidate> kept, SpanSelector selector) {
		resolveWorkingGroups(article, kept, selector);
		String text = article.text();
		Map<Integer, Candidate> byEnd = new HashMap<>();
		for (Candidate c : kept) {
			byEnd.put(c.end(), c);
		}
		Map<String, Candidate> definitions = new HashMap<>();
		Matcher bracketed = BRACKETED.matcher(text);
		for (int open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
			Matcher m = RegexAt.match(bracketed, open > 0 && text.charAt(open - 1) == ' ' ? open - 1 : open);
			if (m == null) {
				continue;
			}
			String acronym = m.group(1);
			if (countUpper(acronym) < 2 || acronym.length() > 12) {
				continue;
			}
			Candidate longForm = byEnd.get(m.start());
			if (longForm == null || longForm.shortReference() || longForm.length() <= acronym.length()) {
				continue;
			}
			definitions.putIfAbsent(acronym, longForm);
		}
		if (definitions.isEmpty()) {
			return;
		}
		// one pass over the tokens finds every later use of every acronym
		Map<String, List<String>> byFirstToken = new HashMap<>();
		for (String acronym : definitions.keySet()) {
			ArticleText tokens = ArticleText.of(acronym);
			byFirstToken.computeIfAbsent(tokens.token(0), k -> new ArrayList<>()).add(acronym);
		}
		List<Candidate> added = new ArrayList<>();
		for (int t = 0; t < article.size(); t++) {
			if (!article.isCapitalized(t)) {
				continue;
			}
			List<String> acronyms = byFirstToken.get(article.token(t));
			if (acronyms == null) {
				continue;
			}
			int at = article.start(t);
			for (String acronym : acronyms) {
				int end = at + acronym.length();
				if (!text.startsWith(acronym, at) || (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1)))
						|| (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '+'))) {
					continue;
				}
				Candidate longForm = definitions.get(acronym);
				added.add(new Candidate(at, end, longForm.type(), longForm.key(), longForm.canonical(), longForm.kb(),
						Candidate.KNOWLEDGE_BASE, null, null, false));
			}
		}
		// the article's own definition wins over what the acronym names elsewhere: "Armed Forces of the Philippines
		// (AFP)" makes every AFP of the article the armed forces, not the news agency of the knowledge base
		Map<Long, Candidate> addedBySpan = new HashMap<>();
		for (Candidate c : added) {
			String acronym = text.substring(c.start(), c.end());
			Candidate longForm = definitions.get(acronym);
			if (spells(acronym, text.substring(longForm.start(), longForm.end()))) {
				addedBySpan.put((long) c.start() << 32 | c.end(), c); // not "Hanoi (VNA)": a dateline's credit
			}
		}
		for (Candidate c : kept) {
			Candidate defined = addedBySpan.get((long) c.start() << 32 | c.end());
			if (defined != null && !defined.key().equals(c.key())) {
				selector.replace(c, defined);
			}
		}
		selector.offer(added);
	}

	/**
	 * {@code ADMM WG}: a meeting's acronym then {@code WG} names the meeting's working group, the same entity as its
	 * long form ({@code ... Meeting Working Group}).
	 */
	private static void resolveWorkingGroups(ArticleText article, List<Candidate> kept, SpanSelector selector) {
		for (Candidate c : List.copyOf(kept)) {
			if (c.type() != EntityType.EVENT) {
				continue;
			}
			int last = article.tokenEndingAtOrBefore(c.end());
			int wg = last + 1;
			if (last < 0 || wg >= article.size() || !"WG".equals(article.token(wg)) || !article.sameLineGap(last, wg)) {
				continue;
			}
			String canonical = c.canonical() + " Working Group";
			selector.extend(c, new Candidate(c.start(), article.end(wg), EntityType.EVENT,
					"event:" + CharFolding.fold(canonical).toLowerCase(Locale.ROOT), canonical, null, c.priority(),
					null, null, false));
		}
	}

	/**
	 * Whether the acronym's capitals are, in order, initials of the long form's words, the first one the first
	 * word's ({@code AFP}: {@code Armed Forces of the Philippines}).
	 */
	static boolean spells(String acronym, String longForm) {
		String[] words = HYPHENS_OR_SPACES.split(longForm);
		int w = 0;
		boolean first = true;
		for (int i = 0; i < acronym.length(); i++) {
			char c = acronym.charAt(i);
			if (!Character.isUpperCase(c)) {
				continue;
			}
			while (w < words.length && (words[w].isEmpty() || Character.toUpperCase(words[w].charAt(0)) != c)) {
				if (first) {
					return false;
				}
				w++;
			}
			if (w == words.length) {
				return false;
			}
			first = false;
			w++;
		}
		return !first;
	}

	private static int countUpper(String s) {
		int n = 0;
		for (int i = 0; i < s.length(); i++) {
			if (Character.isUpperCase(s.charAt(i))) {
				n++;
			}
		}
		return n;
	}

}
