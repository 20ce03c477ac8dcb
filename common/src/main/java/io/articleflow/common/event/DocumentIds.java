package io.articleflow.common.event;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * Stable document ids: the same content gives the same id whatever the file is called, which bucket it came
 * through, and whether it used CRLF line ends, a byte-order mark or NFD accents.
 */
public final class DocumentIds {

	private static final HexFormat HEX = HexFormat.of();

	private DocumentIds() {
	}

	/** 32 hex characters: the first 128 bits of the SHA-256 of the {@link #normalise normalised} text. */
	public static String of(String text) {
		byte[] digest = sha256(normalise(text).getBytes(StandardCharsets.UTF_8));
		return HEX.formatHex(digest, 0, 16);
	}

	/** {@code sha256:} and the hex SHA-256 of the bytes, the checksum carried in {@link SourceFile}. */
	public static String checksum(byte[] bytes) {
		return "sha256:" + HEX.formatHex(sha256(bytes));
	}

	/** NFC, no byte-order mark, white space runs folded to one space, trimmed. */
	static String normalise(String text) {
		// checking is cheaper than normalising, which copies even text that is NFC already (most of it)
		String nfc = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
				: Normalizer.normalize(text, Normalizer.Form.NFC);
		if (nfc.indexOf('\uFEFF') >= 0) {
			nfc = nfc.replace("\uFEFF", "");
		}
		return foldWhiteSpace(nfc).strip();
	}

	/**
	 * Each run of the characters that {@code \s} matches (space, tab, line feed, vertical tab, form feed, carriage
	 * return) as one space: {@code replaceAll("\\s+", " ")} in one pass over a copy of the characters, folded in place
	 * (ingest computes this for every file).
	 */
	static String foldWhiteSpace(String text) {
		char[] chars = text.toCharArray();
		int length = 0;
		boolean inRun = false;
		for (char c : chars) {
			if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
				if (!inRun) {
					chars[length++] = ' ';
					inRun = true;
				}
			}
			else {
				chars[length++] = c;
				inRun = false;
			}
		}
		return new String(chars, 0, length);
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JVM provides SHA-256", ex);
		}
	}

}
