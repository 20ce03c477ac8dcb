package io.articleflow.extract.kb;

import java.util.Locale;

/** What the knowledge base says about how an entry is mentioned. */
public enum KbFlag {

	/**
	 * A recurring event whose numbered occurrences are mentions of the series: {@code 15th ADMM} is a mention of the
	 * ASEAN Defence Ministers' Meeting.
	 */
	SERIES,

	/**
	 * A recurring event whose numbered occurrences are entities of their own: {@code 13th Party Congress} is the 13th
	 * National Party Congress; a bare {@code Party Congress} names no particular one and is not an entity.
	 */
	NUMBERED,

	/** A newspaper, magazine, news agency or site: a candidate for an article's publication. */
	PUBLICATION,

	/**
	 * A Vietnamese state or party body known by a generic name ({@code Defence Ministry}, {@code National Assembly}):
	 * qualified by another country ({@code Indonesia's Defence Ministry}, {@code the Thai Defence Ministry}) the name
	 * is that country's body, not this one.
	 */
	NATIONAL;

	static KbFlag parse(String value) {
		return valueOf(value.strip().toUpperCase(Locale.ROOT));
	}

}
