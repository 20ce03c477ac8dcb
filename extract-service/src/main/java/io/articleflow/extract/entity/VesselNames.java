package io.articleflow.extract.entity;

import java.util.Set;

import io.articleflow.extract.text.ArticleText;

/**
 * Ships are often named after people ({@code the frigate Tran Hung Dao}, {@code BRP Andres Bonifacio},
 * {@code Le Quy Don 286}): a name the person rules find is a vessel's when a ship prefix, a hull number or a word for a
 * ship stands right before or after it.
 */
final class VesselNames {

	/** Ship prefixes of navies and coast guards (folded). */
	private static final Set<String> PREFIXES = Set.of("brp", "uss", "usns", "uscgc", "hms", "hmas", "hmcs", "hmnzs", "ins",
			"kri", "kd", "rss", "htms", "js", "roks", "pns", "ums", "frs", "bns", "its", "fs", "hnlms", "tcg", "kapal");

	/** Words for ships (folded). */
	private static final Set<String> SHIPS = Set.of("frigate", "corvette", "destroyer", "submarine", "ship", "warship",
			"vessel", "cruiser", "carrier", "cutter", "boat", "tanker", "icebreaker", "gunboat", "minesweeper");

	private VesselNames() {
	}

	/** Whether the person found at [start, end) is the name of a ship. */
	static boolean isVessel(ArticleText article, int start, int end) {
		int first = article.tokenAtOrAfter(start);
		int last = article.tokenEndingAtOrBefore(end);
		if (first < 0 || last < first) {
			return false;
		}
		if (last > first && PREFIXES.contains(article.foldedToken(first)) && article.isAllCaps(first)) {
			return true; // "BRP Andres Bonifacio" read as one name
		}
		int before = first - 1;
		if (before >= 0 && article.sameLineGap(before, first)) {
			String word = article.foldedToken(before);
			if (PREFIXES.contains(word) && article.isAllCaps(before) || SHIPS.contains(word)
					|| article.kind(before) == ArticleText.NUMBER && isHullNumber(article, before)) {
				return true;
			}
		}
		int after = last + 1;
		if (after < article.size() && article.sameLineGap(last, after)) {
			String word = article.foldedToken(after);
			return SHIPS.contains(word) && !article.isCapitalized(after)
					|| article.kind(after) == ArticleText.NUMBER && isHullNumber(article, after);
		}
		return false;
	}

	/** A bare number of two to four digits: {@code 286}, {@code 015} (not a year, a date or an ordinal). */
	private static boolean isHullNumber(ArticleText article, int t) {
		String token = article.token(t);
		if (token.length() < 2 || token.length() > 4) {
			return false;
		}
		for (int i = 0; i < token.length(); i++) {
			if (!Character.isDigit(token.charAt(i))) {
				return false;
			}
		}
		int value = Integer.parseInt(token);
		return !(token.length() == 4 && value >= 1900 && value <= 2100);
	}

}
