package io.articleflow.ingest.text;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.txt.TXTParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PlainTextReaderTests {

	private static final EncodingDetector DETECTOR = new WebEncodingDetector();

	private static final ParsePool.Cancellation RUNNING = new ParsePool.Cancellation();

	@TempDir
	Path folder;

	@Test
	void givesTheTextAndCharsetTikasTextParserGives() throws Exception {
		String text = "Hà Nội, 4 December — Vietnam's Ministry of National Defence hosted the talks.\r\n"
				+ "Second paragraph\twith a tab, a bell \u0007 and a form feed \f.\n\nLast line without a break";
		List<byte[]> files = List.of(text.getBytes(StandardCharsets.UTF_8),
				concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, text.getBytes(StandardCharsets.UTF_8)),
				concat(new byte[] { (byte) 0xFE, (byte) 0xFF }, text.getBytes(StandardCharsets.UTF_16BE)),
				"Caf\u00e9 na\u00efve r\u00e9sum\u00e9 for the ministers' d\u00e9j\u00e0 vu.\n".repeat(5)
					.getBytes(StandardCharsets.ISO_8859_1),
				"ends with a line break\n".getBytes(StandardCharsets.UTF_8), "x".getBytes(StandardCharsets.UTF_8));
		for (byte[] content : files) {
			Path file = Files.write(this.folder.resolve("article.txt"), content);

			PlainTextReader.Decoded decoded = PlainTextReader.read(file, new Metadata(), DETECTOR, 1_000_000, RUNNING);

			Parsed byTika = parseWithTika(file);
			assertThat(decoded.text()).isEqualTo(byTika.text());
			if (isAscii(content)) {
				// ASCII is read as the UTF-8 it also is, where the detectors name some other superset of it
				assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
			}
			else {
				assertThat(decoded.charset().name()).isEqualTo(byTika.charset());
			}
		}
	}

	@Test
	void decodesStrictUtf8WithoutDetectionAndLeavesTheRestToTheDetectors() throws Exception {
		String text = "Hà Nội hosted the ASEAN talks.\n";
		Path utf8 = Files.write(this.folder.resolve("utf8.txt"), text.getBytes(StandardCharsets.UTF_8));
		Path latin1 = Files.write(this.folder.resolve("latin1.txt"),
				"Caf\u00e9 na\u00efve r\u00e9sum\u00e9 d\u00e9j\u00e0 vu.\n".repeat(5).getBytes(StandardCharsets.ISO_8859_1));
		Path utf16 = Files.write(this.folder.resolve("utf16.txt"), text.getBytes(StandardCharsets.UTF_16LE));

		PlainTextReader.Decoded strict = PlainTextReader.read(utf8, new Metadata(), DETECTOR, 1_000_000, RUNNING);
		assertThat(strict.strictUtf8()).isTrue();
		assertThat(strict.text()).isEqualTo(text);
		assertThat(PlainTextReader.read(latin1, new Metadata(), DETECTOR, 1_000_000, RUNNING).strictUtf8()).isFalse();
		// UTF-16 without a byte order mark is valid UTF-8 byte by byte, its NULs say otherwise
		assertThat(PlainTextReader.strictUtf8(text.getBytes(StandardCharsets.UTF_16LE))).isNull();
		assertThat(PlainTextReader.read(utf16, new Metadata(), DETECTOR, 1_000_000, RUNNING).strictUtf8()).isFalse();
		assertThat(PlainTextReader.strictUtf8(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a' })).isEqualTo("a");
	}

	private static boolean isAscii(byte[] content) {
		for (byte b : content) {
			if (b < 0) {
				return false;
			}
		}
		return true;
	}

	@Test
	void replacesWhatXmlCannotCarryAndKeepsSurrogatePairs() {
		StringBuilder text = new StringBuilder("a\u0000b\uD83D\uDE00c\uD83Dd\uDE00e\uFFFEf");

		PlainTextReader.replaceUnsafe(text);

		assertThat(text.toString()).isEqualTo("a\uFFFDb\uD83D\uDE00c\uFFFDd\uFFFDe\uFFFDf");
	}

	@Test
	void stopsAtTheCharacterLimitAndWhenCancelled() throws Exception {
		Path file = Files.writeString(this.folder.resolve("long.txt"), "word ".repeat(10_000));

		assertThatExceptionOfType(GuardedContentHandler.TextLimitExceededException.class)
			.isThrownBy(() -> PlainTextReader.read(file, new Metadata(), DETECTOR, 20_000, RUNNING));
		ParsePool.Cancellation timedOut = new ParsePool.Cancellation();
		timedOut.cancel();
		assertThatExceptionOfType(GuardedContentHandler.ParseCancelledException.class)
			.isThrownBy(() -> PlainTextReader.read(file, new Metadata(), DETECTOR, 1_000_000, timedOut));
		// the text and the line break closing it
		assertThat(PlainTextReader.read(file, new Metadata(), DETECTOR, 50_000, RUNNING).text()).hasSize(50_001);
	}

	private static Parsed parseWithTika(Path file) throws Exception {
		BlockTextHandler sink = new BlockTextHandler();
		Metadata metadata = new Metadata();
		ParseContext context = new ParseContext();
		context.set(EncodingDetector.class, DETECTOR);
		try (InputStream in = TikaInputStream.get(file)) {
			new TXTParser().parse(in, sink, metadata, context);
		}
		return new Parsed(sink.text(), Charset.forName(metadata.get(Metadata.CONTENT_ENCODING)).name());
	}

	private static byte[] concat(byte[] first, byte[] second) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(first);
		out.writeBytes(second);
		return out.toByteArray();
	}

	private record Parsed(String text, String charset) {
	}

}
