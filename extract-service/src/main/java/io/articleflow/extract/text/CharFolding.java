package io.articleflow.extract.text;

import java.text.Normalizer;

/**
 * Length-preserving folding for matching: lower case, no diacritics ({@code Phan Văn Giang} and {@code Phan Van Giang}
 * fold alike, {@code đ} to {@code d}), typographic apostrophes to {@code '}. Because every character maps to exactly
 * one character, an offset in the folded text is the same offset in the original.
 */
public final class CharFolding {

	private static final char[] TABLE = buildTable();

	private CharFolding() {
	}

	/** The folded form of one character. */
	public static char fold(char c) {
		return TABLE[c];
	}

	/** The folded form of a text, of the same length. */
	public static String fold(CharSequence text) {
		char[] out = new char[text.length()];
		for (int i = 0; i < out.length; i++) {
			out[i] = TABLE[text.charAt(i)];
		}
		return new String(out);
	}

	private static char[] buildTable() {
		char[] table = new char[Character.MAX_VALUE + 1];
		for (int c = 0; c <= Character.MAX_VALUE; c++) {
			table[c] = foldOne((char) c);
		}
		return table;
	}

	private static char foldOne(char c) {
		if (c < 0x80) {
			return Character.toLowerCase(c);
		}
		switch (c) {
			case '\u2018', '\u2019', '\u201B', '\u02BC', '\u2032' -> {
				return '\'';
			}
			case '\u00A0', '\u2007', '\u202F' -> {
				return ' ';
			}
			case 'đ', 'Đ' -> {
				return 'd';
			}
			default -> {
				// fall through to decomposition
			}
		}
		if (Character.isLetter(c)) {
			String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
			char base = decomposed.charAt(0);
			if (base < 0x80 && Character.isLetter(base)) {
				return Character.toLowerCase(base);
			}
			char lower = Character.toLowerCase(c);
			return Character.isSurrogate(lower) ? c : lower;
		}
		return c;
	}

}
