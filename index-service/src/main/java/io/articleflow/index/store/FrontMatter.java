package io.articleflow.index.store;

import java.util.Locale;
import java.util.regex.Pattern;

import io.articleflow.common.event.ArticleMetadata;

/**
 * Finds where an article's body starts: after the leading lines that repeat its title, byline, publication,
 * translator or date, so that snippets open with what the article says. Only the first {@link #MAX_LINES} lines are
 * looked at.
 */
public final class FrontMatter {

	/** The most leading lines that can be front matter. */
	static final int MAX_LINES = 8;

	/** A line longer than this is prose, not a date or byline line. */
	private static final int MAX_META_LINE = 100;

	/** The longest title that falls back to the first sentence. */
	private static final int MAX_SENTENCE_TITLE = 160;

	private static final Pattern DATE_LINE = Pattern.compile("(?i).*\\b(1[89]|20)\\d\\d\\b.*|.*\\b(january|february|"
			+ "march|april|may|june|july|august|september|october|november|december)\\b.*|.*\\d{1,2}[/.-]\\d{1,2}[/.-]"
			+ "\\d{2,4}.*");

	private static final Pattern BYLINE = Pattern.compile("(?i)^(by|translated by|author|source)\\b.*");

	private static final Pattern SPACE = Pattern.compile("\\s+");

	private FrontMatter() {
	}

	/** Offset of the body in the text: the start of the first line that is not front matter, 0 when all are. */
	public static int bodyStart(String text, ArticleMetadata metadata) {
		int at = 0;
		for (int line = 0; line < MAX_LINES && at < text.length(); line++) {
			int end = text.indexOf('\n', at);
			int next = (end < 0) ? text.length() : end + 1;
			if (!isFrontMatter(text.substring(at, (end < 0) ? text.length() : end), metadata)) {
				return at;
			}
			at = next;
		}
		return (at >= text.length()) ? 0 : at;
	}

	/** The text's first sentence (after its front matter), cut at a word near {@value #MAX_SENTENCE_TITLE} chars. */
	public static String firstSentence(String text) {
		String body = text.substring(bodyStart(text, null)).strip();
		int end = body.length();
		for (int i = 0; i < body.length(); i++) {
			char c = body.charAt(i);
			if (c == '\n' || ((c == '.' || c == '!' || c == '?') && (i + 1 == body.length()
					|| Character.isWhitespace(body.charAt(i + 1))))) {
				end = (c == '\n') ? i : i + 1;
				break;
			}
		}
		String sentence = body.substring(0, end).strip();
		if (sentence.length() > MAX_SENTENCE_TITLE) {
			int space = sentence.lastIndexOf(' ', MAX_SENTENCE_TITLE);
			sentence = sentence.substring(0, (space > 0) ? space : MAX_SENTENCE_TITLE) + " …";
		}
		return sentence;
	}

	private static boolean isFrontMatter(String line, ArticleMetadata metadata) {
		String normal = normal(line);
		if (normal.isEmpty()) {
			return true;
		}
		if (line.length() > MAX_META_LINE) {
			return false;
		}
		if (metadata != null) {
			if (same(normal, metadata.title()) || contains(normal, metadata.publication())
					|| contains(normal, metadata.translator())
					|| (metadata.author() != null && contains(normal, metadata.author().name()))) {
				return true;
			}
		}
		return BYLINE.matcher(line.strip()).matches() || (DATE_LINE.matcher(line).matches() && !line.strip().endsWith("."));
	}

	private static boolean same(String normalLine, String value) {
		return value != null && !value.isBlank() && normalLine.equals(normal(value));
	}

	private static boolean contains(String normalLine, String value) {
		return value != null && !value.isBlank() && normalLine.contains(normal(value));
	}

	private static String normal(String value) {
		return SPACE.matcher(value.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
	}

}
