package io.articleflow.ingest.text;

import java.util.Map;

/**
 * The text of a file and what its format says about it.
 *
 * @param text the article text
 * @param mediaType the media type detected from the content
 * @param metadata document properties the format carries (title, author, created), keyed by lower-case name
 */
public record ExtractedText(String text, String mediaType, Map<String, String> metadata) {
}
