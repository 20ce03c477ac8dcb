package io.articleflow.ingest.text;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlainTextSniffTests {

	@Test
	void takesTextInAnyAsciiCompatibleCharsetAsPlainText() {
		assertThat(sniff("Hà Nội hosted the talks.\r\n\tIndented.\f".getBytes(StandardCharsets.UTF_8))).isTrue();
		assertThat(sniff("Caf\u00e9 r\u00e9sum\u00e9".getBytes(StandardCharsets.ISO_8859_1))).isTrue();
		assertThat(sniff(concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, "# Title".getBytes()))).isTrue();
		assertThat(sniff("Less than < in the middle is text".getBytes(StandardCharsets.UTF_8))).isTrue();
	}

	@Test
	void leavesOtherFormatsBinaryBytesAndUtf16ToTika() {
		assertThat(sniff("%PDF-1.7\n%âãÏÓ".getBytes(StandardCharsets.ISO_8859_1))).isFalse();
		assertThat(sniff(new byte[] { 'P', 'K', 3, 4, 20, 0 })).isFalse();
		assertThat(sniff(new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1 })).isFalse();
		assertThat(sniff("{\\rtf1\\ansi Hello}".getBytes(StandardCharsets.US_ASCII))).isFalse();
		assertThat(sniff("\n  <!DOCTYPE html><html>".getBytes(StandardCharsets.US_ASCII))).isFalse();
		assertThat(sniff("text with a NUL \0 byte".getBytes(StandardCharsets.US_ASCII))).isFalse();
		assertThat(sniff(concat(new byte[] { (byte) 0xFF, (byte) 0xFE }, "ab".getBytes(StandardCharsets.UTF_16LE))))
			.isFalse();
		assertThat(sniff(new byte[0])).isFalse();
	}

	private static boolean sniff(byte[] head) {
		return PlainTextSniff.looksLikePlainText(head);
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] both = new byte[first.length + second.length];
		System.arraycopy(first, 0, both, 0, first.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}

}
