package io.articleflow.ingest.text;

import java.util.Map;

/**
 * The text of a file and what its format says about it.
 *
 * @param text the article text
 * @param mediaType the media type detected from the content, without parameters (e.g. {@code application/pdf})
 * @param metadata document properties the format carries ({@code title}, {@code author}, {@code created}), keyed
 *     by lower-case name
 */
public record ExtractedText(String text, String mediaType, Map<String, String> metadata) {

	public ExtractedText {
		metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
	}

}
