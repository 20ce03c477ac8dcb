package io.articleflow.ingest.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Reads UTF-8 plain text strictly: invalid UTF-8 or control bytes that only binary files contain make the file
 * unreadable instead of producing replacement characters that would be indexed as text.
 */
public class PlainTextExtractor implements TextExtractor {

	@Override
	public ExtractedText extract(byte[] content, String fileName) throws UnreadableContentException {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new UnreadableContentException("not valid UTF-8 text: " + ex.getMessage(), ex);
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		if (text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
			throw new UnreadableContentException("binary content: control characters that text files do not hold");
		}
		if (text.isBlank()) {
			throw new UnreadableContentException("no text: the file is empty or white space only");
		}
		return new ExtractedText(text, "text/plain", Map.of());
	}

}
