package io.articleflow.extract.text;

import java.util.regex.Pattern;

/**
 * Lines that web pages add around an article and that say nothing about it: image alignment controls pasted as text
 * ({@code leftcenterrightdel}), comment and share widgets, separators. Some of them also mark where the article ends
 * and the page's other content (teasers of related articles) begins.
 */
final class PageFurniture {

	/** Editor controls for images pasted as one word: {@code leftcenterrightdel}, {@code leftcenterright}. */
	private static final Pattern EDITOR_CONTROLS = Pattern
		.compile("(?i)(?:left|center|centre|right|justify|del|delete|edit|insert){2,}");

	/** Widgets that close the article body: comment boxes and lists of other articles. */
	private static final Pattern END_OF_ARTICLE = Pattern.compile("(?i)(?:your comments?|comments?|add (?:a |your )?comment"
			+ "|post (?:a )?comment|leave a (?:comment|reply)|write (?:a |your )?comment|send (?:a |your )?comment"
			+ "|related (?:news|articles?|posts?|stories|content)|other (?:news|articles?|stories)|more (?:news|stories)"
			+ "|read more|see also|you may (?:also )?like|recommended(?: for you)?|most (?:read|viewed|popular)"
			+ "|latest news|tags?)\\s*(?:\\(\\d+\\)|:\\s*.*)?");

	/** Buttons and counters that may stand anywhere on a page. */
	private static final Pattern WIDGET = Pattern.compile("(?i)(?:share|tweet|print|email|e-mail|like|facebook|twitter|zalo"
			+ "|linkedin|copy link|back to top|font size|rate this article|bookmark|send)(?:\\s*[|/\u00B7\u2022]\\s*"
			+ "(?:share|tweet|print|email|e-mail|like|facebook|twitter|zalo|linkedin|copy link|bookmark|send))*"
			+ "(?:\\s*\\(\\d+\\))?");

	/** Rules and separators drawn with characters. */
	private static final Pattern SEPARATOR = Pattern.compile("[-_=*~\u2022\u00B7\u2013\u2014.]{3,}");

	/** Widgets are short; longer lines are only furniture when they are separators. */
	private static final int MAX_WIDGET_LENGTH = 80;

	private PageFurniture() {
	}

	private static boolean isSeparatorStart(char c) {
		return "-_=*~\u2022\u00B7\u2013\u2014.".indexOf(c) >= 0;
	}

	/** Whether the (trimmed, non-empty) line is furniture to drop. */
	static boolean isFurniture(String line) {
		if (line.length() > MAX_WIDGET_LENGTH && !isSeparatorStart(line.charAt(0))) {
			return false;
		}
		return EDITOR_CONTROLS.matcher(line).matches() || WIDGET.matcher(line).matches()
				|| SEPARATOR.matcher(line).matches();
	}

	/** Whether the (trimmed) line marks the end of the article body: what follows belongs to the page. */
	static boolean endsArticle(String line) {
		return line.length() <= 80 && END_OF_ARTICLE.matcher(line).matches();
	}

}
