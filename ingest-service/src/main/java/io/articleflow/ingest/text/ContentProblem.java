package io.articleflow.ingest.text;

/**
 * Why a file cannot give article text. Each problem has a short stable {@link #code()} used as the {@code reason}
 * tag of the {@code articleflow.ingest.files} metric, in the {@code failed/} sidecar and in HTTP error answers;
 * the human reason that goes with it says what exactly is wrong with this file.
 */
public enum ContentProblem {

	/** The file has no bytes, or its format holds no text (a scanned PDF without a text layer). */
	EMPTY("empty"),
	/** The content is not a document at all: random or binary bytes. */
	BINARY("binary"),
	/** A document format ingest does not read (an image, a spreadsheet, an archive...). */
	UNSUPPORTED_TYPE("unsupported-type"),
	/** Text whose bytes are not valid in the encoding they claim or look like (broken UTF-8). */
	INVALID_ENCODING("invalid-encoding"),
	/** Decoded text that is mostly not text (control, replacement or private-use characters). */
	GARBLED_TEXT("garbled-text"),
	/** A password-protected document. */
	ENCRYPTED("encrypted"),
	/** A compressed container that expands far beyond its size. */
	ZIP_BOMB("zip-bomb"),
	/** Elements nested deeper than any real document nests them. */
	TOO_DEEP("too-deep"),
	/** Parsing did not finish within the parse timeout. */
	PARSE_TIMEOUT("parse-timeout"),
	/** A damaged, truncated or otherwise unparseable document. */
	PARSE_ERROR("parse-error"),
	/** The file is over the maximum file size. */
	TOO_LARGE("too-large"),
	/** The document's text is over the maximum number of characters one event can carry. */
	TEXT_TOO_LARGE("text-too-large");

	private final String code;

	ContentProblem(String code) {
		this.code = code;
	}

	/** The short stable code, e.g. {@code unsupported-type}. */
	public String code() {
		return this.code;
	}

}
