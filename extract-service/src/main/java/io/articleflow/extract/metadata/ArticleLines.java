package io.articleflow.extract.metadata;

import java.util.ArrayList;
import java.util.List;

/**
 * The non-empty lines of a cleaned article with their offsets, and where its header ends: the header is what comes
 * before the first paragraph of running text (title, date, byline, tags).
 */
final class ArticleLines {

	/** A line of text. */
	record Line(int index, int start, int end, String text) {
	}

	/** Lines this long, or ending a sentence past half of it, are running text. */
	private static final int BODY_LINE = 200;

	/** A question or exclamation this long is running text; shorter ones may be headlines ({@code Why ...?}). */
	private static final int BODY_QUESTION = 150;

	private static final int MAX_HEADER_LINES = 10;

	private final List<Line> lines;

	private final int headerEnd;

	ArticleLines(String text) {
		List<Line> found = new ArrayList<>();
		int start = 0;
		while (start <= text.length()) {
			int end = text.indexOf('\n', start);
			if (end < 0) {
				end = text.length();
			}
			if (end > start) {
				found.add(new Line(found.size(), start, end, text.substring(start, end)));
			}
			start = end + 1;
		}
		this.lines = found;
		int header = 0;
		while (header < found.size() && header < MAX_HEADER_LINES && !isRunningText(found.get(header).text())) {
			header++;
		}
		this.headerEnd = header;
	}

	static boolean isRunningText(String line) {
		if (line.length() >= BODY_LINE) {
			return true;
		}
		char last = line.charAt(line.length() - 1);
		return line.length() >= 100 && last == '.' || line.length() >= BODY_QUESTION && (last == '!' || last == '?');
	}

	List<Line> all() {
		return lines;
	}

	/** The lines before the first paragraph of running text. */
	List<Line> header() {
		return lines.subList(0, headerEnd);
	}

	/** The last lines, where bylines and credits of some sites stand. */
	List<Line> trailer(int count) {
		return lines.subList(Math.max(headerEnd, lines.size() - count), lines.size());
	}

	/** The first lines of running text. */
	List<Line> body(int count) {
		return lines.subList(headerEnd, Math.min(lines.size(), headerEnd + count));
	}

}
