package io.articleflow.common.event;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where a document is: the latest outcome a stage reported for it. Published on
 * {@link io.articleflow.common.messaging.Topics#ARTICLE_STATUS} (compacted) keyed by {@link #key()}, after the stage's
 * own work, so the last record of a key tells where the document stands. Each record carries the times of the stages
 * before it, so that the one record compaction keeps is enough.
 *
 * @param documentId the document's id; {@code null} for a file ingest refused before reading any text
 * @param fileName the name (bucket key) of the file the document was read from
 * @param state what happened last
 * @param stage the application that reported it: {@code ingest-service}, {@code extract-service} or
 *     {@code index-service}
 * @param code a failure's short stable code (e.g. {@code unsupported-type}, or the exception's simple class name for
 *     a dead letter), else {@code null}
 * @param reason a failure's one-line reason, else {@code null}
 * @param extractorVersion the extractor that enriched the document, once it was
 * @param ingestedAt when ingest published the raw event
 * @param extractedAt when extraction finished
 * @param indexedAt when the document became searchable
 * @param at when this outcome happened
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleStatus(String documentId, String fileName, State state, String stage, String code,
		String reason, String extractorVersion, Instant ingestedAt, Instant extractedAt, Instant indexedAt,
		Instant at) {

	/** CloudEvents {@code type} of this event; the suffix is the contract's major version. */
	public static final String EVENT_TYPE = "io.articleflow.article.status.v1";

	/** Classpath location of this event's JSON Schema. */
	public static final String SCHEMA = "schemas/article-status-v1.schema.json";

	/** The key of a file without a document id: {@code file:} and its name. */
	public static final String FILE_KEY_PREFIX = "file:";

	/** The Kafka key: the document id, or {@code file:<name>} when there is none. */
	public String key() {
		return this.documentId != null ? this.documentId : FILE_KEY_PREFIX + this.fileName;
	}

	/** The outcomes a stage reports. */
	public enum State {

		/** ingest-service published the raw event. */
		INGESTED,
		/** extract-service published the enriched event. */
		EXTRACTED,
		/** index-service made it searchable. */
		INDEXED,
		/** A stage gave up on it: a file refused by ingest, or a dead letter of a later stage. */
		FAILED

	}

}
