package io.articleflow.extract.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.articleflow.common.event.EntityType;
import io.articleflow.extract.text.ArticleText;

/**
 * After a full name, news writes a person by one name alone: Vietnamese by the given name ({@code Hoang Xuan Chien}
 * ... {@code Chien suggested}), others by the family name ({@code Richard Marles} ... {@code Marles said}); both stand
 * last in the names of the genre. A capitalised word that is the last word of one of the article's full names, stands
 * alone (no capitalised neighbour) and is not a common word of the article is a mention of that person. Words that
 * open a sentence count only when a lower-case word follows ({@code Chien suggested}, not {@code Long-term}).
 */
final class PersonReferences {

	void resolve(ArticleText article, List<Candidate> kept, SpanSelector selector) {
		Map<String, Candidate> byLastWord = new HashMap<>();
		Map<String, Candidate> byLastTwoWords = new HashMap<>();
		Map<String, Boolean> ambiguous = new HashMap<>();
		for (Candidate c : kept) {
			if (c.type() != EntityType.PERSON || c.shortReference()) {
				continue;
			}
			String[] words = PersonNames.nameWords(c.canonical());
			if (words.length < 2) {
				continue;
			}
			String last = io.articleflow.extract.text.CharFolding.fold(words[words.length - 1]);
			if (words.length >= 3) {
				// "Roberto Morales Ojeda" ... "Morales Ojeda briefed"
				byLastTwoWords.putIfAbsent(
						io.articleflow.extract.text.CharFolding.fold(words[words.length - 2]) + " " + last, c);
			}
			Candidate previous = byLastWord.putIfAbsent(last, c);
			if (previous != null && !previous.key().equals(c.key())) {
				ambiguous.put(last, true); // two persons share the word: it identifies neither
			}
		}
		if (byLastWord.isEmpty()) {
			return;
		}
		List<Candidate> added = new ArrayList<>();
		int n = article.size();
		for (int t = 0; t < n; t++) {
			if (!article.isCapitalized(t) || article.isAllCaps(t)) {
				continue;
			}
			String word = article.foldedToken(t);
			if (t + 1 < n && article.isCapitalized(t + 1) && article.sameLineGap(t, t + 1)) {
				Candidate person = byLastTwoWords.get(word + " " + article.foldedToken(t + 1));
				if (person != null && selector.isFree(article.start(t), article.end(t + 1))
						&& !(t > 0 && article.isCapitalized(t - 1) && article.sameLineGap(t - 1, t))) {
					added.add(new Candidate(article.start(t), article.end(t + 1), EntityType.PERSON, person.key(),
							person.canonical(), person.kb(), Candidate.HEAD_WORD, null, null, false));
					t++;
					continue;
				}
			}
			Candidate person = byLastWord.get(word);
			if (person == null || ambiguous.containsKey(word) || !standsAlone(article, t)
					|| Lexicon.FUNCTION_WORDS.contains(word) || Lexicon.GENERIC.contains(word)
					|| Lexicon.TAIL_HEADS.containsKey(word) || article.occursInLowerCase(word)
					|| !selector.isFree(article.start(t), article.end(t))) {
				continue;
			}
			added.add(new Candidate(article.start(t), article.end(t), EntityType.PERSON, person.key(), person.canonical(),
					person.kb(), Candidate.HEAD_WORD, null, null, false));
		}
		selector.offer(added);
		rereadPlacesNamedLikeThePersons(article, kept, selector, byLastWord, ambiguous);
	}

	/** Prepositions before which a one-word name is a place: {@code in Hue}, {@code to Hue}. */
	private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "to", "from", "of", "near", "via", "across",
			"around", "outside", "inside");

	/**
	 * {@code Vuong Dinh Hue ... Hue highlighted}: a one-word place of the knowledge base that is the last word of one of
	 * the article's full names, standing alone and not after a preposition of place, refers to that person.
	 */
	private static void rereadPlacesNamedLikeThePersons(ArticleText article, List<Candidate> kept, SpanSelector selector,
			Map<String, Candidate> byLastWord, Map<String, Boolean> ambiguous) {
		for (Candidate c : kept) {
			if (c.type() != EntityType.LOCATION) {
				continue;
			}
			int t = article.tokenAtOrAfter(c.start());
			if (t < 0 || article.end(t) != c.end() || article.isAllCaps(t)) {
				continue;
			}
			String word = article.foldedToken(t);
			Candidate person = byLastWord.get(word);
			if (person == null || ambiguous.containsKey(word) || !standsAlone(article, t)
					|| t > 0 && PLACE_PREPOSITIONS.contains(article.foldedToken(t - 1))) {
				continue;
			}
			selector.replace(c, new Candidate(c.start(), c.end(), EntityType.PERSON, person.key(), person.canonical(),
					person.kb(), Candidate.HEAD_WORD, null, null, false));
		}
	}

	private static boolean standsAlone(ArticleText article, int t) {
		int n = article.size();
		boolean capitalisedBefore = t > 0 && article.isCapitalized(t - 1) && article.sameLineGap(t - 1, t)
				&& !article.startsSentence(t);
		boolean joinedAfter = t + 1 < n && article.sameLineGap(t, t + 1)
				&& (article.isCapitalized(t + 1) || article.touching(t, t + 1) && article.isPunct(t + 1, '-'));
		if (capitalisedBefore || joinedAfter) {
			return false;
		}
		if (article.startsSentence(t)) {
			return t + 1 < n && article.kind(t + 1) == ArticleText.WORD && !article.isCapitalized(t + 1);
		}
		return true;
	}

}
