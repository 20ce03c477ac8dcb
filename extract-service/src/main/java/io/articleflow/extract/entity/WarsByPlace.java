package io.articleflow.extract.entity;

import java.util.List;
import java.util.Locale;

import io.articleflow.common.event.EntityType;
import io.articleflow.extract.kb.KbEntry;
import io.articleflow.extract.kb.KnowledgeBase;
import io.articleflow.extract.text.ArticleText;

/**
 * Wars that news names by their place, in lower case: {@code the war in Ukraine}, {@code the Gaza war}. The mention is
 * written as the text writes it and names the war (the place inside it stays a mention of the place only where it is
 * written apart).
 */
final class WarsByPlace {

	private static final int LONGEST_PLACE = 3;

	private final KnowledgeBase knowledgeBase;

	WarsByPlace(KnowledgeBase knowledgeBase) {
		this.knowledgeBase = knowledgeBase;
	}

	void propose(ArticleText article, List<Candidate> into) {
		int n = article.size();
		for (int t = 0; t < n; t++) {
			if (article.end(t) - article.start(t) != 3 || article.folded().charAt(article.start(t)) != 'w'
					|| article.kind(t) != ArticleText.WORD || article.isCapitalized(t)
					|| !"war".equals(article.foldedToken(t))) {
				continue; // the length and initial rule out nearly every token cheaply
			}
			if (t + 2 < n && "in".equals(article.foldedToken(t + 1)) && article.sameLineGap(t, t + 2)) {
				int end = placeEnd(article, t + 2);
				if (end > 0) {
					add(article, t, end - 1, place(article, t + 2, end - 1), into); // "war in Ukraine"
					continue;
				}
			}
			int start = placeStart(article, t);
			if (start >= 0) {
				add(article, start, t, place(article, start, t - 1), into); // "the Gaza war"
			}
		}
	}

	/** The end (exclusive) of a known place starting at the token, or -1. */
	private int placeEnd(ArticleText article, int t) {
		for (int end = Math.min(article.size(), t + LONGEST_PLACE); end > t; end--) {
			if (isPlace(article, t, end - 1)) {
				return end;
			}
		}
		return -1;
	}

	/** The start of a known place ending right before the token, or -1. */
	private int placeStart(ArticleText article, int t) {
		for (int start = Math.max(0, t - LONGEST_PLACE); start < t; start++) {
			if (isPlace(article, start, t - 1) && article.sameLineGap(start, t)) {
				return start;
			}
		}
		return -1;
	}

	private boolean isPlace(ArticleText article, int first, int last) {
		return article.isCapitalized(first) && article.sameLineGap(first, last) && place(article, first, last) != null;
	}

	private KbEntry place(ArticleText article, int first, int last) {
		return knowledgeBase.byName(article.text().substring(article.start(first), article.end(last)))
			.filter(e -> e.type() == EntityType.LOCATION)
			.orElse(null);
	}

	/** The war, one entity however the article words it ({@code war in Ukraine}, {@code Ukraine war}). */
	private static void add(ArticleText article, int first, int last, KbEntry place, List<Candidate> into) {
		String name = article.text().substring(article.start(first), article.end(last));
		into.add(Candidate.of(article.start(first), article.end(last), EntityType.EVENT,
				"event:war:" + place.id().toLowerCase(Locale.ROOT), name, null, Candidate.HEAD_WORD + 1));
	}

}
