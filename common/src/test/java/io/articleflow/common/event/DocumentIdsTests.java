package io.articleflow.common.event;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentIdsTests {

	@Test
	void sameContentGivesSameIdWhateverLineEndsBomOrUnicodeForm() {
		String id = DocumentIds.of("Hà Nội\nand Laos\n");

		assertThat(DocumentIds.of("\uFEFFHa\u0300 No\u0323\u0302i\r\nand   Laos")).isEqualTo(id);
		assertThat(id).matches("[0-9a-f]{32}");
	}

	@Test
	void differentContentGivesDifferentIds() {
		assertThat(DocumentIds.of("ASEAN meeting in 2023")).isNotEqualTo(DocumentIds.of("ASEAN meeting in 2024"));
	}

	@Test
	void checksumIsTheSha256OfTheBytes() {
		assertThat(DocumentIds.checksum("abc".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo("sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

	@Test
	void foldsWhiteSpaceRunsExactlyAsTheRegularExpressionDoes() {
		String text = " a\t\tb\r\n\nc\u000B\fd\u00A0e\u2003 f  \u3000g\n";

		assertThat(DocumentIds.foldWhiteSpace(text)).isEqualTo(text.replaceAll("\\s+", " "));
		assertThat(DocumentIds.foldWhiteSpace("")).isEmpty();
		assertThat(DocumentIds.normalise("\uFEFF  Vie\u0302\u0300t Nam \n")).isEqualTo("Vi\u1EC1t Nam");
	}

	@Test
	void normalisesAsItsDefinitionWhetherTheTextIsNfcAlreadyOrNot() {
		for (String text : new String[] { "plain ASCII  text\r\n", "\uFEFF curly \u201Cquotes\u201D\u00A0and\tVi\u1EC7t",
				"Vie\u0302\u0323t Nam\n\n\u3000", "\u2003 \u001C edge \u2028", "", "\n\t " }) {
			String definition = Normalizer.normalize(text, Normalizer.Form.NFC)
				.replace("\uFEFF", "")
				.replaceAll("\\s+", " ")
				.strip();
			assertThat(DocumentIds.normalise(text)).as(text).isEqualTo(definition);
		}
	}

}
