package io.articleflow.extract.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.articleflow.extract.date.DateLineParser;
import io.articleflow.extract.date.DateStamp;

/**
 * Turns the text ingest extracted from a page into the article text that entity offsets refer to: Unicode NFC,
 * typographic quotes as ASCII, white space folded, page furniture removed. Article text is never dropped: only lines
 * that are furniture as a whole, the page content after an end-of-article widget (comment box, related articles) and
 * extra date lines in the header (a page clock or a repeated stamp beside the article's own date).
 */
public final class TextCleaner {

	/** Share of the text before which an end-of-article widget is taken for a header link, not the end. */
	private static final double END_MARKER_MIN_POSITION = 0.4;

	/** Lines from the top searched for the header's date lines. */
	private static final int HEADER_LINES = 12;

	private final DateLineParser dateLines = new DateLineParser();

	private final boolean stripPageContent;

	/** A cleaner that also removes the page's own content around the article (teasers, page clock). */
	public TextCleaner() {
		this(true);
	}

	/**
	 * @param stripPageContent whether to remove, besides furniture lines, the page's content around the article: what
	 *     follows an end-of-article widget (teasers of other articles) and extra date lines in the header (a page clock)
	 */
	public TextCleaner(boolean stripPageContent) {
		this.stripPageContent = stripPageContent;
	}

	/** The cleaned text. */
	public String clean(String raw) {
		if (raw == null || raw.isEmpty()) {
			return "";
		}
		String text = isComposed(raw) ? raw : Normalizer.normalize(raw, Normalizer.Form.NFC);
		List<String> lines = normalizeLines(text);
		if (stripPageContent) {
			dropTrailingPageContent(lines);
			dropExtraHeaderDates(lines);
		}
		else {
			dropEndOfArticleWidgets(lines);
		}
		return join(lines);
	}

	/**
	 * Whether the text is in NFC already. Below U+0300 (the combining marks) every character is composed, and so is
	 * general punctuation from U+2002 (typographic quotes, dashes) up to the combining marks for symbols: text of only
	 * those, most English text, skips the normaliser's check.
	 */
	private static boolean isComposed(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '\u0300' && (c < '\u2002' || c >= '\u20D0')) {
				return Normalizer.isNormalized(text, Normalizer.Form.NFC);
			}
		}
		return true;
	}

	/**
	 * Maps characters and splits into trimmed lines with inner white space folded; furniture lines become null (they
	 * vanish, where a blank line separates paragraphs).
	 */
	private static List<String> normalizeLines(String text) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder(256);
		boolean pendingSpace = false;
		int length = text.length();
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c > ' ' && c < 0x7F) {
				// a run of printable ASCII, by far the most frequent case, is copied at once
				int runEnd = i + 1;
				while (runEnd < length) {
					char d = text.charAt(runEnd);
					if (d <= ' ' || d >= 0x7F) {
						break;
					}
					runEnd++;
				}
				if (pendingSpace) {
					line.append(' ');
					pendingSpace = false;
				}
				line.append(text, i, runEnd);
				i = runEnd - 1;
				continue;
			}
			switch (c) {
				case '\r' -> {
					if (i + 1 < length && text.charAt(i + 1) == '\n') {
						continue;
					}
					lines.add(finishLine(line));
					pendingSpace = false;
				}
				case '\n', '\u2028', '\u2029', '\u000B', '\u000C', '\u0085' -> {
					lines.add(finishLine(line));
					pendingSpace = false;
				}
				// invisible characters that only break matching
				case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF' -> {
				}
				default -> {
					if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
						pendingSpace = line.length() > 0;
						continue;
					}
					if (pendingSpace) {
						line.append(' ');
						pendingSpace = false;
					}
					line.append(asciiQuote(c));
				}
			}
		}
		lines.add(finishLine(line));
		return lines;
	}

	private static String finishLine(StringBuilder line) {
		String s = line.toString();
		line.setLength(0);
		if (s.isEmpty()) {
			return s;
		}
		return PageFurniture.isFurniture(s) ? null : s;
	}

	/** Typographic quotes have a one-character ASCII equivalent, so offsets stay simple. */
	private static char asciiQuote(char c) {
		return switch (c) {
			case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u02BC' -> '\'';
			case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> '"';
			default -> c;
		};
	}

	/** Keeping the page's content, the end-of-article widget lines themselves still go. */
	private static void dropEndOfArticleWidgets(List<String> lines) {
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (line != null && !line.isEmpty() && PageFurniture.endsArticle(line) && line.length() <= 40
					&& !line.contains(":")) {
				lines.set(i, null);
			}
		}
	}

	/** Everything after an end-of-article widget in the later part of the page belongs to other articles. */
	private static void dropTrailingPageContent(List<String> lines) {
		int total = 0;
		for (String line : lines) {
			total += line == null ? 0 : line.length() + 1;
		}
		int position = 0;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (line == null) {
				continue;
			}
			if (!line.isEmpty() && position >= total * END_MARKER_MIN_POSITION && PageFurniture.endsArticle(line)) {
				lines.subList(i, lines.size()).clear();
				return;
			}
			position += line.length() + 1;
		}
	}

	/**
	 * A header may carry several date-only lines: the article's stamp and a page clock, or the same stamp twice. The
	 * earliest one is the article's (a page cannot show an article before it was published); the others go.
	 */
	private void dropExtraHeaderDates(List<String> lines) {
		List<Integer> dateLineIndexes = new ArrayList<>();
		List<DateStamp> stamps = new ArrayList<>();
		int seen = 0;
		for (int i = 0; i < lines.size() && seen < HEADER_LINES; i++) {
			String line = lines.get(i);
			if (line == null || line.isEmpty()) {
				continue;
			}
			seen++;
			Optional<DateStamp> stamp = dateLines.parseLine(line);
			if (stamp.isPresent()) {
				dateLineIndexes.add(i);
				stamps.add(stamp.get());
			}
		}
		if (dateLineIndexes.size() < 2) {
			return;
		}
		int keep = 0;
		for (int k = 1; k < stamps.size(); k++) {
			if (stamps.get(k).compareTo(stamps.get(keep)) < 0) {
				keep = k;
			}
		}
		for (int k = 0; k < dateLineIndexes.size(); k++) {
			if (k != keep) {
				lines.set(dateLineIndexes.get(k), null);
			}
		}
	}

	/** Lines joined with single line breaks, paragraphs separated by one blank line, no blank lines at the ends. */
	private static String join(List<String> lines) {
		// sized for the whole text at once: growing from 16 characters copied it about ten times
		int capacity = 0;
		for (String line : lines) {
			capacity += (line == null) ? 0 : line.length() + 2;
		}
		StringBuilder out = new StringBuilder(capacity);
		boolean blankPending = false;
		for (String line : lines) {
			if (line == null) {
				continue;
			}
			if (line.isEmpty()) {
				blankPending = out.length() > 0;
				continue;
			}
			if (out.length() > 0) {
				out.append(blankPending ? "\n\n" : "\n");
			}
			out.append(line);
			blankPending = false;
		}
		return out.toString();
	}

}
