package io.articleflow.ingest.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.apache.tika.detect.DefaultEncodingDetector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;

/**
 * Tika's encoding detection, with ISO-8859-1 read as windows-1252 as browsers do (the WHATWG Encoding Standard
 * makes the two labels one encoding): bytes 0x80-0x9F are then curly quotes, dashes and the euro sign of legacy
 * Windows text instead of control or replacement characters.
 */
final class WebEncodingDetector implements EncodingDetector {

	static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private final EncodingDetector tika = new DefaultEncodingDetector();

	@Override
	public Charset detect(InputStream input, Metadata metadata) throws IOException {
		Charset detected = this.tika.detect(input, metadata);
		return StandardCharsets.ISO_8859_1.equals(detected) ? WINDOWS_1252 : detected;
	}

}
