package io.articleflow.ingest.text;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PlainTextExtractorTests {

	private final PlainTextExtractor extractor = new PlainTextExtractor();

	@Test
	void readsUtf8TextWithoutItsByteOrderMark() throws UnreadableContentException {
		ExtractedText text = this.extractor.extract("\uFEFFHà Nội, ASEAN".getBytes(StandardCharsets.UTF_8), "a.txt");

		assertThat(text.text()).isEqualTo("Hà Nội, ASEAN");
		assertThat(text.mediaType()).isEqualTo("text/plain");
	}

	@Test
	void refusesInvalidUtf8WithAReason() {
		byte[] latin1 = "Hà Nội".getBytes(StandardCharsets.ISO_8859_1);

		assertThatExceptionOfType(UnreadableContentException.class)
			.isThrownBy(() -> this.extractor.extract(latin1, "a.txt"))
			.withMessageStartingWith("not valid UTF-8 text");
	}

	@Test
	void refusesBinaryAndEmptyContentWithAReason() {
		assertThatExceptionOfType(UnreadableContentException.class)
			.isThrownBy(() -> this.extractor.extract(new byte[] { 'P', 'K', 3, 4, 0, 0 }, "a.txt"))
			.withMessageStartingWith("binary content");
		assertThatExceptionOfType(UnreadableContentException.class)
			.isThrownBy(() -> this.extractor.extract(" \n ".getBytes(StandardCharsets.UTF_8), "a.txt"))
			.withMessageStartingWith("no text");
	}

}
