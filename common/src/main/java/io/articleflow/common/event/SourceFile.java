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
 */
public record SourceFile(String uri, String fileName, String mediaType, long byteSize, String checksum,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> metadata) {

	public SourceFile {
		metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
	}

}
