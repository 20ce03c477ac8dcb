package io.articleflow.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.articleflow.common.event.EntityType;
import io.articleflow.extract.text.ArticleText;
import io.articleflow.extract.text.CharFolding;

/**
 * Bases and ports named after their place, written in lower case ({@code Sattahip naval base}, {@code Cam Ranh
 * international airport}): the facility is a location of its own, named in title case; the place's mention becomes
 * the facility's.
 */
final class FacilityNames {

	/** Facility words after a place (folded), one or two words. */
	private static final Set<String> FACILITIES = Set.of("naval base", "air base", "airbase", "international airport",
			"airport", "naval port", "seaport", "naval station", "military base", "army base");

	private FacilityNames() {
	}

	/** The kept places followed by a facility word, as the facility. */
	static List<Candidate> extend(ArticleText article, List<Candidate> kept) {
		List<Candidate> result = new ArrayList<>(kept.size());
		int n = article.size();
		for (Candidate c : kept) {
			int last = c.type() == EntityType.LOCATION ? article.tokenEndingAtOrBefore(c.end()) : -1;
			int end = last < 0 ? -1 : facilityEnd(article, last + 1, n);
			if (end < 0 || !article.sameLineGap(last, end - 1)) {
				result.add(c);
				continue;
			}
			StringBuilder name = new StringBuilder(article.text().substring(c.start(), c.end()));
			for (int k = last + 1; k < end; k++) {
				String word = article.token(k);
				name.append(' ').append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
			}
			String canonical = name.toString();
			result.add(Candidate.of(c.start(), article.end(end - 1), EntityType.LOCATION,
					"location:" + CharFolding.fold(canonical).toLowerCase(Locale.ROOT), canonical, null, c.priority()));
		}
		return result;
	}

	/** The end (exclusive) of a lower-case facility word starting at the token, or -1. */
	private static int facilityEnd(ArticleText article, int t, int n) {
		if (t >= n || article.kind(t) != ArticleText.WORD || article.isCapitalized(t)) {
			return -1;
		}
		if (t + 1 < n && article.kind(t + 1) == ArticleText.WORD && !article.isCapitalized(t + 1)
				&& FACILITIES.contains(article.foldedToken(t) + " " + article.foldedToken(t + 1))) {
			return t + 2;
		}
		return FACILITIES.contains(article.foldedToken(t)) ? t + 1 : -1;
	}

}
