package io.articleflow.ingest.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The text quality gate: decides whether decoded text is text, and cleans what is.
 * <ul>
 * <li>Bytes that are mostly valid UTF-8 multi-byte sequences with some broken ones are damaged UTF-8, even when a
 * legacy single-byte encoding could decode them (it would give mojibake such as {@code NÃ¡»™i}): refused as
 * {@link ContentProblem#INVALID_ENCODING}. Legacy text (windows-1252 {@code é} as one byte) has high bytes that
 * are isolated, not valid UTF-8 sequences, and passes.</li>
 * <li>Text where more than a small share of characters are not text (control, replacement, private-use,
 * unassigned characters or lone surrogates) is {@link ContentProblem#GARBLED_TEXT}: 0.1% for formats whose
 * encoding is guessed (plain text, HTML, Markdown), 10% for formats a parser reads (PDF, office documents).</li>
 * </ul>
 */
final class TextQuality {

	/** Share of non-text characters tolerated in text whose encoding was guessed. */
	static final double DECODED_TEXT_TOLERANCE = 0.001;

	/** Share of non-text characters tolerated in text a format parser produced. */
	static final double PARSED_TEXT_TOLERANCE = 0.10;

	private TextQuality() {
	}

	/**
	 * Refuses damaged UTF-8 that Tika decoded with a legacy encoding.
	 * @param charset the encoding Tika decoded the file with
	 */
	static void checkUtf8(Path file, String charset) throws IOException, UnreadableContentException {
		String name = charset == null ? "" : charset.toUpperCase(Locale.ROOT);
		if (name.startsWith("UTF-16") || name.startsWith("UTF-32")) {
			return;
		}
		Utf8Scan scan = Utf8Scan.of(file);
		if (scan.invalid == 0) {
			return;
		}
		// legacy text has isolated high bytes, almost never a valid UTF-8 sequence: a fifth of them valid is UTF-8
		if (name.equals("UTF-8") || scan.validMultiByte > 0 && scan.validMultiByte * 4 >= scan.invalid) {
			throw new UnreadableContentException(ContentProblem.INVALID_ENCODING,
					"invalid UTF-8: " + scan.invalid + " malformed byte sequence" + (scan.invalid == 1 ? "" : "s")
							+ " (the first at byte " + scan.firstInvalid + ") in text that is otherwise UTF-8 ("
							+ scan.validMultiByte + " valid multi-byte characters); no legacy encoding explains it");
		}
	}

	/**
	 * Refuses text that is mostly not text, and returns the rest cleaned: line ends as {@code \n}, control
	 * characters and lone surrogates removed, no white space at line ends, at most one blank line in a row,
	 * trimmed.
	 * @param tolerance the share of non-text characters tolerated
	 * @param decodedAs what the text was decoded as, for the reason
	 */
	static String clean(String text, double tolerance, String decodedAs) throws UnreadableContentException {
		check(text, tolerance, decodedAs);
		return normalise(text);
	}

	/**
	 * Refuses text that is mostly not text, and returns the rest as the file had it: only a byte-order mark,
	 * control characters, lone surrogates and the white space at the very end are removed, so character offsets
	 * into the event's text are offsets into the file's text.
	 */
	static String cleanKeepingLayout(String text, double tolerance, String decodedAs)
			throws UnreadableContentException {
		check(text, tolerance, decodedAs);
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\uFEFF' || Character.isISOControl(c) && !Character.isWhitespace(c)
					|| Character.isSurrogate(c) && !validSurrogate(text, i)) {
				continue;
			}
			out.append(c);
		}
		return out.toString().stripTrailing();
	}

	private static void check(String text, double tolerance, String decodedAs) throws UnreadableContentException {
		int bad = 0;
		int counted = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c)) {
				continue;
			}
			counted++;
			if (isNotText(text, i)) {
				bad++;
			}
		}
		if (counted > 0 && bad > tolerance * counted) {
			throw new UnreadableContentException(ContentProblem.GARBLED_TEXT,
					String.format(Locale.ROOT,
							"unreadable text: %d of %d characters (%.1f%%) are not text (control, replacement or "
									+ "private-use characters) after reading it as %s",
							bad, counted, 100.0 * bad / counted, decodedAs));
		}
	}

	private static boolean isNotText(String text, int i) {
		char c = text.charAt(i);
		if (c == '\uFFFD' || Character.isISOControl(c)) {
			return true;
		}
		if (Character.isHighSurrogate(c)) {
			return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
		}
		if (Character.isLowSurrogate(c)) {
			return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
		}
		int type = Character.getType(c);
		return type == Character.PRIVATE_USE || type == Character.UNASSIGNED;
	}

	static String normalise(String text) {
		StringBuilder out = new StringBuilder(text.length());
		int newlines = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\r') {
				if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					continue;
				}
				c = '\n';
			}
			if (c == '\n') {
				trimTrailingBlanks(out);
				newlines++;
				if (newlines <= 2) {
					out.append('\n');
				}
				continue;
			}
			if (c == '\uFEFF' || (Character.isISOControl(c) && c != '\t')
					|| Character.isSurrogate(c) && !validSurrogate(text, i)) {
				continue;
			}
			if (c != ' ' && c != '\t') {
				newlines = 0;
			}
			out.append(c);
		}
		return out.toString().strip();
	}

	private static boolean validSurrogate(String text, int i) {
		char c = text.charAt(i);
		if (Character.isHighSurrogate(c)) {
			return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
		}
		return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
	}

	private static void trimTrailingBlanks(StringBuilder out) {
		int length = out.length();
		while (length > 0 && (out.charAt(length - 1) == ' ' || out.charAt(length - 1) == '\t')) {
			length--;
		}
		out.setLength(length);
	}

	/** How a file's bytes fare as UTF-8. */
	private static final class Utf8Scan {

		private long validMultiByte;

		private long invalid;

		private long firstInvalid = -1;

		static Utf8Scan of(Path file) throws IOException {
			Utf8Scan scan = new Utf8Scan();
			// read in blocks: a buffered stream's read() takes a lock per byte
			byte[] block = new byte[65536];
			try (InputStream in = Files.newInputStream(file)) {
				long position = 0;
				int pending = 0;
				int lower = 0x80;
				int upper = 0xBF;
				long sequenceStart = 0;
				for (int n = in.read(block); n != -1; n = in.read(block)) {
					for (int i = 0; i < n; i++) {
						int b = block[i] & 0xFF;
						if (pending > 0) {
							if (b >= lower && b <= upper) {
								pending--;
								lower = 0x80;
								upper = 0xBF;
								if (pending == 0) {
									scan.validMultiByte++;
								}
								position++;
								continue;
							}
							scan.invalid(sequenceStart);
							pending = 0;
							lower = 0x80;
							upper = 0xBF;
						}
						sequenceStart = position;
						if (b < 0x80) {
							// ASCII
						}
						else if (b >= 0xC2 && b <= 0xDF) {
							pending = 1;
						}
						else if (b >= 0xE0 && b <= 0xEF) {
							pending = 2;
							lower = b == 0xE0 ? 0xA0 : 0x80;
							upper = b == 0xED ? 0x9F : 0xBF;
						}
						else if (b >= 0xF0 && b <= 0xF4) {
							pending = 3;
							lower = b == 0xF0 ? 0x90 : 0x80;
							upper = b == 0xF4 ? 0x8F : 0xBF;
						}
						else {
							scan.invalid(position);
						}
						position++;
					}
				}
				if (pending > 0) {
					scan.invalid(sequenceStart);
				}
			}
			return scan;
		}

		private void invalid(long position) {
			this.invalid++;
			if (this.firstInvalid < 0) {
				this.firstInvalid = position;
			}
		}

	}

}
