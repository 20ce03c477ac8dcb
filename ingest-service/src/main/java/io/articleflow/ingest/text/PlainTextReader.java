package io.articleflow.ingest.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;

import org.apache.tika.detect.AutoDetectReader;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;

/**
 * Reads a plain-text or Markdown file to the text Tika's text parser would give, without the parser and its SAX
 * chain: the charset from the same detection ({@link AutoDetectReader}: a byte order mark, else the encoding
 * detector), characters that XML cannot carry replaced by U+FFFD as Tika's {@code SafeContentHandler} does, a line
 * break closing the text as the paragraph Tika wraps it in does, and the same character limit and cancellation as
 * {@link GuardedContentHandler}. Plain text is most of what a news bucket holds; the parser costs it twice this.
 */
final class PlainTextReader {

	private static final char REPLACEMENT = '\uFFFD';

	private PlainTextReader() {
	}

	/**
	 * @param maxCharacters the most characters the text may have
	 * @throws GuardedContentHandler.TextLimitExceededException when the text is longer
	 * @throws GuardedContentHandler.ParseCancelledException when the parse timed out meanwhile
	 */
	static Decoded read(Path file, Metadata metadata, EncodingDetector detector, long maxCharacters,
			ParsePool.Cancellation cancellation) throws IOException, TikaException,
			GuardedContentHandler.TextLimitExceededException, GuardedContentHandler.ParseCancelledException {
		try (InputStream in = TikaInputStream.get(file);
				AutoDetectReader reader = new AutoDetectReader(in, metadata, detector)) {
			StringBuilder text = new StringBuilder();
			char[] buffer = new char[8192];
			for (int n = reader.read(buffer); n != -1; n = reader.read(buffer)) {
				if (cancellation.isCancelled()) {
					throw new GuardedContentHandler.ParseCancelledException();
				}
				if (text.length() + n > maxCharacters) {
					throw new GuardedContentHandler.TextLimitExceededException(maxCharacters);
				}
				text.append(buffer, 0, n);
			}
			replaceUnsafe(text);
			if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
				text.append('\n');
			}
			return new Decoded(text.toString(), reader.getCharset());
		}
	}

	/** Replaces in place each character XML 1.0 cannot carry (controls, lone surrogates) by U+FFFD. */
	static void replaceUnsafe(StringBuilder text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c) || !isXmlCharacter(c)) {
				text.setCharAt(i, REPLACEMENT);
			}
		}
	}

	private static boolean isXmlCharacter(char c) {
		return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
	}

	/** The text and the charset it was decoded from. */
	record Decoded(String text, Charset charset) {
	}

}
