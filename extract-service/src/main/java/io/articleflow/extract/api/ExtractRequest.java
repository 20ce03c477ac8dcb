package io.articleflow.extract.api;

import java.util.Map;

/**
 * The JSON form of an ad-hoc extraction request.
 *
 * @param text the article's raw text (required)
 * @param documentId an id for the story registry; derived from the text when absent
 * @param metadata what a file format said about the article ({@code title}, {@code author}, {@code created}); optional
 * @param documentDate the document's date from its source (ISO 8601), dating an article whose text states none; optional
 */
public record ExtractRequest(String text, String documentId, Map<String, String> metadata, String documentDate) {

	/** A request without a source date. */
	public ExtractRequest(String text, String documentId, Map<String, String> metadata) {
		this(text, documentId, metadata, null);
	}

}
