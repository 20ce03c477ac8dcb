package io.articleflow.ingest.text;

/** Reads article text out of a file's bytes. */
public interface TextExtractor {

	/**
	 * The file's text.
	 * @param content the file's bytes
	 * @param fileName the file's name, a hint only: the content decides the format
	 * @throws UnreadableContentException when the content holds no readable text
	 */
	ExtractedText extract(byte[] content, String fileName) throws UnreadableContentException;

}
