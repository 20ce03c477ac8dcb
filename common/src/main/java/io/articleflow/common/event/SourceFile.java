package io.articleflow.common.event;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where an article came from: the file as it was found in the ingest bucket.
 *
 * @param uri where the file was found ({@code file:}, {@code s3:} or {@code upload:} URI)
 * @param fileName the file's name, without folders
 * @param mediaType the media type detected from the content, e.g. {@code text/plain}
 * @param byteSize the file's size in bytes
 * @param checksum {@code sha256:} followed by the hex SHA-256 of the file's bytes
 * @param metadata what the format itself says (e.g. title, author, created), keyed by lower-case name
 * @param documentDate the document's own date as its source gives it, ISO 8601 ({@code 2024-05-03T08:15:30Z} or
 *     {@code 2024-05-03}): the file's last-modified time in a folder bucket, the object's {@code LastModified} in
 *     an S3 bucket, the {@code published} field of an HTTP upload; {@code null} when the source gives none. The
 *     extractor dates an article by it when the text states no date of its own. Optional: added compatibly to v1.
 */
public record SourceFile(String uri, String fileName, String mediaType, long byteSize, String checksum,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> metadata,
		@JsonInclude(JsonInclude.Include.NON_NULL) String documentDate) {

	public SourceFile {
		metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
		documentDate = documentDate == null || documentDate.isBlank() ? null : documentDate;
	}

	/** A source that gives no date of its own. */
	public SourceFile(String uri, String fileName, String mediaType, long byteSize, String checksum,
			Map<String, String> metadata) {
		this(uri, fileName, mediaType, byteSize, checksum, metadata, null);
	}

}
