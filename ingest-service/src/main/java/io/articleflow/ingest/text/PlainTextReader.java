package io.articleflow.ingest.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * <p>
 * A file of up to {@value #WHOLE_FILE_BYTES} bytes that is valid UTF-8 throughout (ASCII included) and holds no NUL
 * byte is decoded as UTF-8 at once: the detectors would find the same charset (or, for ASCII, one that decodes it to
 * the same text) after reading its bytes twice. Anything else (legacy encodings, UTF-16, larger files) is detected.
 */
final class PlainTextReader {

	private static final char REPLACEMENT = '\uFFFD';

	/** The largest file read whole to try it as UTF-8: most articles are a few kB. */
	static final int WHOLE_FILE_BYTES = 1 << 20;

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
		if (Files.size(file) <= WHOLE_FILE_BYTES) {
			String utf8 = strictUtf8(Files.readAllBytes(file));
			if (utf8 != null) {
				if (cancellation.isCancelled()) {
					throw new GuardedContentHandler.ParseCancelledException();
				}
				if (utf8.length() > maxCharacters) {
					throw new GuardedContentHandler.TextLimitExceededException(maxCharacters);
				}
				return new Decoded(closed(new StringBuilder(utf8)), StandardCharsets.UTF_8, true);
			}
		}
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
			return new Decoded(closed(text), reader.getCharset(), false);
		}
	}

	/** The text as Tika's handlers leave it: unsafe characters replaced, closed by a line break. */
	private static String closed(StringBuilder text) {
		replaceUnsafe(text);
		if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
			text.append('\n');
		}
		return text.toString();
	}

	/** The bytes decoded as UTF-8 (without a byte order mark), or {@code null} when they are not strictly UTF-8. */
	static String strictUtf8(byte[] bytes) {
		for (byte b : bytes) {
			if (b == 0) {
				// UTF-16 or binary: valid UTF-8 byte by byte, but not text that is UTF-8
				return null;
			}
		}
		int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
				? 3 : 0;
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
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

	/**
	 * The text and the charset it was decoded from.
	 * @param strictUtf8 whether the bytes were decoded as UTF-8 with no malformed sequence (so need no other check)
	 */
	record Decoded(String text, Charset charset, boolean strictUtf8) {
	}

}
