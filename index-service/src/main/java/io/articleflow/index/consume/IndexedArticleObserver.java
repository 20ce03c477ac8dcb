package io.articleflow.index.consume;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.articleflow.common.event.ArticleEnriched;
import io.articleflow.common.event.ArticleStatus;
import io.articleflow.common.status.ArticleStatusPublisher;
import io.articleflow.common.tracing.DocumentTracing;
import io.articleflow.index.store.ArticleIndex;
import io.articleflow.index.store.IndexableArticle;

/**
 * What happens once a batch is committed and searchable: per article, a log line in the article's own trace (with
 * its document id), the count, and the end-to-end latency from the moment ingest saw its file; per batch, the write
 * time. Also the failures and the index size, so operators see the stage from its meters.
 */
public class IndexedArticleObserver {

	private static final Logger log = LoggerFactory.getLogger(IndexedArticleObserver.class);

	/** The stage index-service reports its statuses as. */
	static final String STAGE = "index-service";

	private final DocumentTracing tracing;

	private final MeterRegistry meters;

	private final Clock clock;

	private final Counter indexed;

	private final Timer write;

	private final Timer latency;

	private final ArticleStatusPublisher statuses;

	/** An observer that reports no status. */
	public IndexedArticleObserver(DocumentTracing tracing, MeterRegistry meters, Clock clock, ArticleIndex index) {
		this(tracing, meters, clock, index, null);
	}

	/**
	 * @param statuses where the {@code INDEXED} status of each committed article goes, or {@code null}
	 */
	public IndexedArticleObserver(DocumentTracing tracing, MeterRegistry meters, Clock clock, ArticleIndex index,
			ArticleStatusPublisher statuses) {
		this.statuses = statuses;
		this.tracing = tracing;
		this.meters = meters;
		this.clock = clock;
		this.indexed = articles("indexed", "none");
		articles("failed", "unreadable");
		this.write = Timer.builder("articleflow.index.write")
			.description("Time to write and commit one batch of articles")
			.register(meters);
		this.latency = Timer.builder("articleflow.pipeline.latency")
			.description("From the moment ingest saw an article's file to the moment it is searchable")
			.publishPercentileHistogram()
			.publishPercentiles(0.5, 0.95, 0.99)
			.minimumExpectedValue(Duration.ofMillis(10))
			.maximumExpectedValue(Duration.ofMinutes(10))
			.register(meters);
		Gauge.builder("articleflow.index.documents", index, ArticleIndex::count)
			.description("Articles in the index")
			.register(meters);
	}

	/** An observer that traces nothing and keeps its meters to itself, for tests and tools. */
	static IndexedArticleObserver detached(ArticleIndex index) {
		return new IndexedArticleObserver(DocumentTracing.noop(),
				new SimpleMeterRegistry(), Clock.systemUTC(), index);
	}

	/**
	 * Records a committed batch.
	 * @param articles the articles now searchable
	 * @param headers each article's record headers (same order), or an empty list when unknown
	 * @param writeTime how long writing and committing took
	 * @param searchable when they became visible to searches (the latency's end)
	 */
	void committed(List<IndexableArticle> articles, List<Map<String, Object>> headers, Duration writeTime,
			Instant searchable) {
		this.write.record(writeTime);
		Instant now = this.clock.instant();
		for (int i = 0; i < articles.size(); i++) {
			IndexableArticle article = articles.get(i);
			Map<String, Object> recordHeaders = i < headers.size() ? headers.get(i) : Map.of();
			Duration sinceSeen = Duration.between(article.article().seenAt(), searchable);
			this.tracing.inRecordSpan("index article", recordHeaders, article.documentId(),
					() -> log.info("Indexed document {}: searchable {} ms after its file was seen",
							article.documentId(), sinceSeen.toMillis()));
			this.indexed.increment();
			if (!sinceSeen.isNegative()) {
				this.latency.record(sinceSeen);
			}
			if (this.statuses != null) {
				ArticleEnriched event = article.article();
				this.statuses.publish(new ArticleStatus(event.documentId(), event.source().fileName(),
						ArticleStatus.State.INDEXED, STAGE, null, null, event.extractorVersion(), event.ingestedAt(),
						event.enrichedAt(), now, now));
			}
		}
	}

	/** The observer's clock now. */
	Instant now() {
		return this.clock.instant();
	}

	/** Counts a record the stage could not read or index; the reason is a short stable code. */
	void failed(String reason) {
		articles("failed", reason).increment();
	}

	private Counter articles(String outcome, String reason) {
		return Counter.builder("articleflow.index.articles")
			.description("Articles index-service indexed or failed to index (each failed attempt counts)")
			.tag("outcome", outcome)
			.tag("reason", reason)
			.register(this.meters);
	}

}
