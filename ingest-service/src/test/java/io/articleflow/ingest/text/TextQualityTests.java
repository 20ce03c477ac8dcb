package io.articleflow.ingest.text;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class TextQualityTests {

	@TempDir
	Path dir;

	@Test
	void acceptsLegacyWindows1252TextWhoseHighBytesAreNotUtf8() throws IOException {
		Path legacy = write("Résumé of the défense ministers’ café meeting in Jakarta — €5"
			.getBytes(Charset.forName("windows-1252")));

		assertThatNoException().isThrownBy(() -> TextQuality.checkUtf8(legacy, "windows-1252"));
	}

	@Test
	void refusesUtf8WithBrokenSequencesEvenWhenALegacyEncodingCouldDecodeIt() throws IOException {
		byte[] bytes = "Hà Nội và Đà Nẵng".getBytes(StandardCharsets.UTF_8);
		bytes[6] = (byte) 'x'; // the second byte of "ộ"
		Path broken = write(bytes);

		assertThatExceptionOfType(UnreadableContentException.class)
			.isThrownBy(() -> TextQuality.checkUtf8(broken, "windows-1252"))
			.satisfies(ex -> assertThat(ex.problem()).isEqualTo(ContentProblem.INVALID_ENCODING))
			.withMessageStartingWith("invalid UTF-8: 2 malformed byte sequences (the first at byte 5)");
	}

	@Test
	void refusesAnyMalformedSequenceInTextDeclaredUtf8() throws IOException {
		Path broken = write(new byte[] { 'A', 'S', 'E', 'A', 'N', (byte) 0xC3 });

		assertThatExceptionOfType(UnreadableContentException.class)
			.isThrownBy(() -> TextQuality.checkUtf8(broken, "UTF-8"))
			.withMessageStartingWith("invalid UTF-8: 1 malformed byte sequence (the first at byte 5)");
	}

	@Test
	void leavesUtf16TextToItsDecoder() throws IOException {
		Path utf16 = write("Hà Nội".getBytes(StandardCharsets.UTF_16LE));

		assertThatNoException().isThrownBy(() -> TextQuality.checkUtf8(utf16, "UTF-16LE"));
	}

	@Test
	void refusesDecodedTextWithMoreNonTextCharactersThanTolerated() {
		String garbled = "ASEAN\u0001\u0002 defence" + "\uFFFD".repeat(3);

		assertThatExceptionOfType(UnreadableContentException.class)
			.isThrownBy(() -> TextQuality.clean(garbled, TextQuality.DECODED_TEXT_TOLERANCE, "windows-1252"))
			.satisfies(ex -> assertThat(ex.problem()).isEqualTo(ContentProblem.GARBLED_TEXT))
			.withMessage("unreadable text: 5 of 17 characters (29.4%) are not text (control, replacement or "
					+ "private-use characters) after reading it as windows-1252");
	}

	@Test
	void toleratesAFewUnmappedGlyphsInParsedDocuments() throws UnreadableContentException {
		String pdfText = "ASEAN defence ministers met in Jakarta \uFFFD on Thursday.";

		assertThat(TextQuality.clean(pdfText, TextQuality.PARSED_TEXT_TOLERANCE, "pdf")).isEqualTo(pdfText);
	}

	@Test
	void normalisesLineEndsControlCharactersAndBlankLines() {
		String messy = "\uFEFFTitle  \r\n\r\n\r\n\r\nFirst\u0007 line\t \rsecond line\n\n\n\nLast\uD800 one  \n";

		assertThat(TextQuality.normalise(messy)).isEqualTo("Title\n\nFirst line\nsecond line\n\nLast one");
	}

	private Path write(byte[] bytes) throws IOException {
		return Files.write(this.dir.resolve("f.txt"), bytes);
	}

}
