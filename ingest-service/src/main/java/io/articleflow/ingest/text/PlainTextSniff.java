package io.articleflow.ingest.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Whether a file named as plain text looks like plain text on its first bytes: no byte that only binary formats
 * hold (the control bytes Tika's text detector counts as binary, NUL among them, so UTF-16 goes to Tika too), and
 * none of the signatures of the other formats ingest reads at its start (PDF, zip containers, OLE, RTF, markup).
 * What passes is read as text; what does not is left to Tika's detection, so a renamed document is still read as
 * what it is.
 */
final class PlainTextSniff {

	/** Bytes looked at: more than every signature's offset of the formats ingest reads. */
	static final int HEAD_BYTES = 1024;

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private static final List<byte[]> SIGNATURES = List.of(ascii("%PDF"), new byte[] { 'P', 'K', 3, 4 },
			new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 }, ascii("{\\rtf"), ascii("<"));

	private PlainTextSniff() {
	}

	static boolean looksLikePlainText(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return looksLikePlainText(in.readNBytes(HEAD_BYTES));
		}
	}

	static boolean looksLikePlainText(byte[] head) {
		int start = startsWith(head, 0, UTF8_BOM) ? UTF8_BOM.length : 0;
		while (start < head.length && (head[start] == ' ' || head[start] == '\t' || head[start] == '\r'
				|| head[start] == '\n')) {
			start++;
		}
		for (byte[] signature : SIGNATURES) {
			if (startsWith(head, start, signature)) {
				return false;
			}
		}
		for (byte b : head) {
			// 0x00-0x08, 0x0E-0x1A, 0x1C-0x1F: never in text; tab, line breaks, form feed and escape are
			if ((b >= 0 && b <= 0x08) || (b >= 0x0E && b <= 0x1A) || (b >= 0x1C && b <= 0x1F)) {
				return false;
			}
		}
		return head.length > 0;
	}

	private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
		if (bytes.length - offset < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[offset + i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

}
