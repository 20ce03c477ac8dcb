package io.articleflow.common.event;

import java.time.Instant;
import java.util.List;

/**
 * An article with its metadata and entities. Published by extract-service on
 * {@link io.articleflow.common.messaging.Topics#ARTICLE_ENRICHED}, keyed by {@link #documentId()}; the topic that
 * downstream services subscribe to.
 *
 * @param documentId the id of the {@link ArticleIngested} event this enriches
 * @param source the file the text was read from
 * @param text the cleaned text (page furniture removed); every mention offset refers to it
 * @param metadata title, date, byline, publication, language
 * @param entities the distinct entities of the article, each with all its mentions
 * @param clusterId articles telling the same story share this id (near-duplicate signature)
 * @param extractorVersion code and knowledge-base version of the extractor that produced this event
 * @param seenAt when ingest first saw the file
 * @param ingestedAt when ingest published the raw event
 * @param enrichedAt when extraction finished
 */
public record ArticleEnriched(String documentId, SourceFile source, String text, ArticleMetadata metadata,
		List<Entity> entities, String clusterId, String extractorVersion, Instant seenAt, Instant ingestedAt,
		Instant enrichedAt) {

	/** CloudEvents {@code type} of this event; the suffix is the contract's major version. */
	public static final String EVENT_TYPE = "io.articleflow.article.enriched.v1";

	/** Classpath location of this event's JSON Schema. */
	public static final String SCHEMA = "schemas/article-enriched-v1.schema.json";

	public ArticleEnriched {
		entities = entities == null ? List.of() : List.copyOf(entities);
	}

	/** The article's title, or its file name when the text has none. */
	public String displayTitle() {
		return metadata != null && metadata.title() != null ? metadata.title() : source.fileName();
	}

}
