package io.articleflow.common.event;

import java.time.Instant;

/**
 * An article whose text was read from a file in the ingest bucket. Published by ingest-service on
 * {@link io.articleflow.common.messaging.Topics#ARTICLE_INGESTED}, keyed by {@link #documentId()}.
 *
 * @param documentId stable id: the same normalised content always gets the same id, see {@link DocumentIds}
 * @param source the file the text was read from
 * @param text the extracted text: a plain-text file's exact characters, other formats' text as Tika reads it
 *     (one block per line)
 * @param seenAt when ingest first saw the complete file; the start of the end-to-end latency
 * @param ingestedAt when the text was extracted and the event created
 */
public record ArticleIngested(String documentId, SourceFile source, String text, Instant seenAt,
		Instant ingestedAt) {

	/** CloudEvents {@code type} of this event; the suffix is the contract's major version. */
	public static final String EVENT_TYPE = "io.articleflow.article.ingested.v1";

	/** Classpath location of this event's JSON Schema. */
	public static final String SCHEMA = "schemas/article-ingested-v1.schema.json";

}
