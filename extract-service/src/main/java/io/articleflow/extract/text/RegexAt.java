package io.articleflow.extract.text;

import java.util.regex.Matcher;

/**
 * Runs a pattern at one offset only. The rules try their patterns where a trigger token stands (a month name, a
 * number, {@code Resolution}) instead of letting the regex engine try every offset of the text, which costs far more.
 */
public final class RegexAt {

	private RegexAt() {
	}

	/**
	 * The matcher, positioned on the match, if its pattern matches starting at the offset; else null. Look-behinds see
	 * the text before the offset.
	 */
	public static Matcher match(Matcher m, int at) {
		m.reset();
		m.region(at, m.regionEnd());
		m.useTransparentBounds(true);
		m.useAnchoringBounds(false);
		return m.lookingAt() ? m : null;
	}

}
