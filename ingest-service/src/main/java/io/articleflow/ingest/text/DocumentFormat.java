package io.articleflow.ingest.text;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.tika.mime.MediaType;

/** The document formats ingest reads, by the media types Tika detects for them. */
public enum DocumentFormat {

	/** Plain text in any common encoding. */
	TXT("txt", "text/plain", true, "text/plain"),
	/** HTML pages: the article is read, the page furniture left behind. */
	HTML("html", "text/html", true, "text/html", "application/xhtml+xml"),
	/** Markdown: the words without the markup, front matter as metadata. */
	MARKDOWN("md", "text/markdown", true, "text/x-web-markdown", "text/markdown", "text/x-markdown"),
	/** PDF with a text layer. */
	PDF("pdf", "application/pdf", false, "application/pdf"),
	/** Word documents (Office Open XML). */
	DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", false,
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
	/** OpenDocument text. */
	ODT("odt", "application/vnd.oasis.opendocument.text", false, "application/vnd.oasis.opendocument.text"),
	/** Rich Text Format. */
	RTF("rtf", "application/rtf", false, "application/rtf");

	/** Every detected media type to its format: looked up for each file. */
	private static final Map<MediaType, DocumentFormat> BY_DETECTED_TYPE = byDetectedType();

	private final String code;

	private final String mediaType;

	private final boolean decodedText;

	private final List<MediaType> detected;

	DocumentFormat(String code, String mediaType, boolean decodedText, String... detected) {
		this.code = code;
		this.mediaType = mediaType;
		this.decodedText = decodedText;
		this.detected = Arrays.stream(detected).map(MediaType::parse).toList();
	}

	/** The format a detected media type is, if ingest reads it. */
	public static Optional<DocumentFormat> of(MediaType type) {
		return Optional.ofNullable(BY_DETECTED_TYPE.get(type.getBaseType()));
	}

	private static Map<MediaType, DocumentFormat> byDetectedType() {
		Map<MediaType, DocumentFormat> formats = new HashMap<>();
		for (DocumentFormat format : values()) {
			format.detected.forEach(type -> formats.putIfAbsent(type, format));
		}
		return Map.copyOf(formats);
	}

	/** The formats in words, for reasons. */
	public static String supported() {
		return Arrays.stream(values()).map(DocumentFormat::code).collect(Collectors.joining(", "));
	}

	/** Short name, e.g. {@code docx}: the {@code format} tag of the parse timer. */
	public String code() {
		return this.code;
	}

	/** The media type the event carries. */
	public String mediaType() {
		return this.mediaType;
	}

	/** Whether the text's encoding is guessed from its bytes (so the text quality gate is strict). */
	boolean isDecodedText() {
		return this.decodedText;
	}

	/** Whether the format is plain text under markup of its own at most (read without Tika's parser). */
	boolean isPlainText() {
		return this == TXT || this == MARKDOWN;
	}

	/** Whether the format is a zip container. */
	boolean isZipContainer() {
		return this == DOCX || this == ODT;
	}

}
