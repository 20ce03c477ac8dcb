package io.articleflow.common.event;

/**
 * One occurrence of an entity in the cleaned text.
 *
 * @param text the characters as written: {@code text.equals(article.text().substring(start, end))}
 * @param start offset of the first character, in UTF-16 code units (Java and JavaScript string indices)
 * @param end offset after the last character (exclusive)
 */
public record Mention(String text, int start, int end) {

	public Mention {
		if (start < 0 || end < start) {
			throw new IllegalArgumentException("mention offsets out of order: [" + start + ", " + end + ")");
		}
	}

}
