package io.articleflow.ingest.text;

import java.io.IOException;
import java.nio.file.Path;

/** Reads article text out of a complete file. */
public interface TextExtractor {

	/**
	 * The file's text.
	 * @param file a complete local copy of the file, not changed while it is read
	 * @param fileName the file's name, a hint only: the content decides the format
	 * @throws UnreadableContentException when the content holds no readable text, with the reason
	 * @throws IOException when the file could not be read (a passing problem: the file is tried again)
	 */
	ExtractedText extract(Path file, String fileName) throws UnreadableContentException, IOException;

}
