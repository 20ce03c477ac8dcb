package io.articleflow.extract.entity;

import java.util.List;

import io.articleflow.extract.kb.GivenNames;
import io.articleflow.extract.kb.KnowledgeBase;
import io.articleflow.extract.text.ArticleText;

/**
 * Persons that nothing around them announces, known by their form: a common given name ({@link GivenNames}, not one
 * that is also an ordinary word such as {@code Will}) opening a run of two or three name words ({@code Hugh Jeffrey},
 * {@code Robert F. Kennedy Jr.}). The run must stand alone: not inside a longer capitalised phrase ({@code Peter
 * Cooper Village}), not in a headline written in title case.
 */
final class GivenNamePersons {

	private final KnowledgeBase knowledgeBase;

	private final GivenNames givenNames;

	GivenNamePersons(KnowledgeBase knowledgeBase, GivenNames givenNames) {
		this.knowledgeBase = knowledgeBase;
		this.givenNames = givenNames;
	}

	void propose(ArticleText article, List<Candidate> into) {
		int n = article.size();
		for (int t = 0; t < n; t++) {
			if (!article.isCapitalized(t) || article.isAllCaps(t) || !givenNames.isNameOnly(article.foldedToken(t))) {
				continue;
			}
			boolean continuesPhrase = t > 0 && article.isCapitalized(t - 1) && article.sameLineGap(t - 1, t)
					&& !article.startsSentence(t) && !PersonNames.isTitleWord(article.foldedToken(t - 1))
					&& !Lexicon.FUNCTION_WORDS.contains(article.foldedToken(t - 1)); // "Later Hugh Pemberton"
			if (continuesPhrase || article.inTitleCaseHeadline(article.start(t))) {
				continue;
			}
			int end = PersonNameForm.end(article, t, knowledgeBase, false);
			if (end - t < 2 || end < n && article.sameLineGap(end - 1, end) && article.isCapitalized(end)) {
				continue;
			}
			String name = article.text().substring(article.start(t), article.end(end - 1));
			if (PersonNames.isKnownNonPerson(name, knowledgeBase)) {
				continue;
			}
			into.add(PersonNames.person(article.start(t), article.end(end - 1), name, knowledgeBase, Candidate.FORM_RULE,
					null, null));
			t = end - 1;
		}
	}

}
