package io.articleflow.common.messaging;

/**
 * Every Kafka topic of the pipeline, named once. One event kind per topic, kebab-case; dead letters of a consuming
 * stage go to {@code <topic>.<consumer group>.dlq}, so each stage (and each downstream subscriber) owns its own.
 */
public final class Topics {

	/** Raw articles: {@link io.articleflow.common.event.ArticleIngested}, produced by ingest-service. */
	public static final String ARTICLE_INGESTED = "article-ingested";

	/** Enriched articles: {@link io.articleflow.common.event.ArticleEnriched}, produced by extract-service. */
	public static final String ARTICLE_ENRICHED = "article-enriched";

	/**
	 * extract-service's story-cluster registrations (key: document id), compacted: every instance reads all of it, so
	 * copies of a story consumed by different instances, or before a restart, share one cluster. Internal to
	 * extract-service, not an event contract.
	 */
	public static final String STORY_CLUSTERS = "story-clusters";

	/**
	 * The latest outcome of every document ({@link io.articleflow.common.event.ArticleStatus}), compacted and keyed by
	 * document id ({@code file:<name>} for a file ingest refused before it had one): each stage publishes after its
	 * own work, and ingest-service's status view reads it from the beginning.
	 */
	public static final String ARTICLE_STATUS = "article-status";

	/**
	 * Which dead letters were replayed (key: {@code <dead-letter topic>/<partition>/<offset>}), compacted: a replay
	 * reads it first and does not send one of them again.
	 */
	public static final String DEAD_LETTER_REPLAYS = "dead-letter-replays";

	/** Consumer group of extract-service (also its application name). */
	public static final String EXTRACT_GROUP = "extract-service";

	/** Consumer group of index-service (also its application name). */
	public static final String INDEX_GROUP = "index-service";

	/** Raw articles extract-service could not process after its retries. */
	public static final String ARTICLE_INGESTED_EXTRACT_DLQ = deadLetterTopic(ARTICLE_INGESTED, EXTRACT_GROUP);

	/** Enriched articles index-service could not index after its retries. */
	public static final String ARTICLE_ENRICHED_INDEX_DLQ = deadLetterTopic(ARTICLE_ENRICHED, INDEX_GROUP);

	private Topics() {
	}

	/** The dead-letter topic of a consumer group on a topic. */
	public static String deadLetterTopic(String topic, String group) {
		return topic + "." + group + ".dlq";
	}

}
