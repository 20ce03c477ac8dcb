package io.articleflow.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.articleflow.common.event.EntityType;
import io.articleflow.extract.kb.KnowledgeBase;
import io.articleflow.extract.text.ArticleText;

/**
 * A person named right after a position that ends with a body or a place: {@code Ambassador of the European Union
 * Julien Guerrier}, {@code UNICEF Representative in Viet Nam Silvia Danailov}, {@code ambassador to Myanmar Ly Quoc
 * Tuan}, {@code special envoy on Myanmar Othman Hashim}. Runs once the names are settled: the body or place is a kept
 * mention, the position's head word stands before it ({@code of}, {@code to}, {@code in}, {@code at}, {@code for} or
 * {@code on} between) and two or three name words follow it. The position goes with the person.
 */
final class NamesAfterPositions {

	private static final Set<String> PREPOSITIONS = Set.of("of", "to", "in", "at", "for", "on");

	private final KnowledgeBase knowledgeBase;

	NamesAfterPositions(KnowledgeBase knowledgeBase) {
		this.knowledgeBase = knowledgeBase;
	}

	/**
	 * Adds the persons the kept mentions of bodies and places introduce.
	 * @param kept the mentions settled so far, in text order
	 * @param selector the selector that kept them, to add what does not overlap
	 */
	void resolve(ArticleText article, List<Candidate> kept, SpanSelector selector) {
		List<Candidate> added = new ArrayList<>();
		int n = article.size();
		for (Candidate body : kept) {
			if (body.type() != EntityType.ORGANIZATION && body.type() != EntityType.LOCATION) {
				continue;
			}
			int first = article.tokenAtOrAfter(body.start());
			int last = article.tokenEndingAtOrBefore(body.end());
			int head = positionHead(article, first);
			if (head < 0 || last + 2 >= n || !article.sameLineGap(last, last + 1)) {
				continue;
			}
			int start = last + 1;
			int end = PersonNameForm.end(article, start, knowledgeBase, false);
			boolean goesOn = end < n && article.sameLineGap(end - 1, end) && article.isCapitalized(end);
			if (end - start < 2 || goesOn || !selector.isFree(article.start(start), article.end(end - 1))) {
				continue;
			}
			String name = article.text().substring(article.start(start), article.end(end - 1));
			String position = article.text().substring(article.start(head), body.end());
			added.add(PersonNames.person(article.start(start), article.end(end - 1), name, knowledgeBase,
					Candidate.FORM_RULE, null, position));
		}
		selector.offer(added);
	}

	/** The token of the position's head before the body ({@code Ambassador} in {@code Ambassador of the}), or -1. */
	private static int positionHead(ArticleText article, int first) {
		int k = first - 1;
		if (k >= 0 && "the".equals(article.foldedToken(k))) {
			k--;
		}
		if (k < 1 || !PREPOSITIONS.contains(article.foldedToken(k)) || !article.sameLineGap(k - 1, k)) {
			return -1;
		}
		String head = article.foldedToken(k - 1);
		return article.kind(k - 1) == ArticleText.WORD && (PersonNames.isTitleHead(head)
				|| ContextualPersonNames.isRoleBefore(head)) ? k - 1 : -1;
	}

}
