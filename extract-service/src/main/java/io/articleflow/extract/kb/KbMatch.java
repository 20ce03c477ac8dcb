package io.articleflow.extract.kb;

/**
 * A place where the text writes one of an entry's names.
 *
 * @param start offset of the first character
 * @param end offset after the last character
 * @param entry the entity named
 * @param acronym whether the name is one of the entry's acronyms
 */
public record KbMatch(int start, int end, KbEntry entry, boolean acronym) {

	public int length() {
		return end - start;
	}

}
