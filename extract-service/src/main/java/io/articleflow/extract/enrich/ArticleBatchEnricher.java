package io.articleflow.extract.enrich;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.listener.BatchListenerFailedException;

import io.articleflow.common.event.ArticleEnriched;
import io.articleflow.common.event.ArticleIngested;
import io.articleflow.common.event.ArticleStatus;
import io.articleflow.common.limits.ArticleLimits;
import io.articleflow.common.messaging.EventCodec;
import io.articleflow.common.messaging.InvalidEventException;
import io.articleflow.common.status.ArticleStatusPublisher;
import io.articleflow.common.tracing.DocumentTracing;

/**
 * Enriches one batch of {@code article-ingested} record values: each is decoded, analysed and its enriched event
 * sent at once, in the record's own trace; the batch returns only when the broker acknowledged every enriched event,
 * so the container commits a raw record's offset only after its enriched event is safe.
 * <p>
 * When record {@code i} cannot be read or enriched, the events of records {@code 0..i-1} are awaited first, then a
 * {@link BatchListenerFailedException} names index {@code i}: the container commits the offsets before it, and the
 * shared error handler retries from record {@code i} and finally dead-letters that record alone. An event the broker
 * does not acknowledge fails the batch the same way, at its record. An event over the pipeline's limits fails as
 * {@link ArticleTooLargeException} before it is decoded or analysed, so it goes to the dead-letter topic at once.
 */
public class ArticleBatchEnricher {

	private static final Logger log = LoggerFactory.getLogger(ArticleBatchEnricher.class);

	private final ArticleEnricher enricher;

	private final EventCodec codec;

	private final EnrichedArticlePublisher publisher;

	private final DocumentTracing tracing;

	private final ExtractMetrics metrics;

	private final long maxEventBytes;

	private final ArticleStatusPublisher statuses;

	/** An enricher that reports no status. */
	public ArticleBatchEnricher(ArticleEnricher enricher, EventCodec codec, EnrichedArticlePublisher publisher,
			DocumentTracing tracing, ExtractMetrics metrics, long maxEventBytes) {
		this(enricher, codec, publisher, tracing, metrics, maxEventBytes, null);
	}

	/**
	 * @param maxEventBytes the largest record value decoded ({@link ArticleLimits#maxEventBytes()}): a larger one is
	 *     dead-lettered unread, however it got onto the topic
	 * @param statuses where the {@code EXTRACTED} status of each article goes once its enriched event is
	 *     acknowledged, or {@code null}
	 */
	public ArticleBatchEnricher(ArticleEnricher enricher, EventCodec codec, EnrichedArticlePublisher publisher,
			DocumentTracing tracing, ExtractMetrics metrics, long maxEventBytes, ArticleStatusPublisher statuses) {
		this.statuses = statuses;
		this.maxEventBytes = maxEventBytes;
		this.enricher = enricher;
		this.codec = codec;
		this.publisher = publisher;
		this.tracing = tracing;
		this.metrics = metrics;
	}

	/**
	 * Enriches and publishes the batch's record values, in order.
	 * @param headers the records' headers in the same order (the binder's converted batch headers), or empty
	 * @throws BatchListenerFailedException naming the first record that could not be read, enriched or published,
	 *     once the enriched events of the records before it are acknowledged
	 */
	public void enrich(List<byte[]> values, List<Map<String, Object>> headers) {
		List<CompletableFuture<?>> sent = new ArrayList<>(values.size());
		List<ArticleEnriched> enriched = new ArrayList<>(values.size());
		for (int i = 0; i < values.size(); i++) {
			try {
				sent.add(enrichOne(values.get(i), i < headers.size() ? headers.get(i) : Map.of(), enriched));
			}
			catch (RuntimeException ex) {
				this.metrics.failed(ex);
				// a failed send before it takes precedence: that record is the first not done
				this.publisher.awaitAll(sent);
				reportExtracted(enriched);
				throw new BatchListenerFailedException("record " + i + " of the batch could not be enriched: "
						+ ex.getMessage(), ex, i);
			}
		}
		this.publisher.awaitAll(sent);
		reportExtracted(enriched);
	}

	/** After the broker acknowledged the enriched events: their status, which never fails the batch. */
	private void reportExtracted(List<ArticleEnriched> enriched) {
		if (this.statuses == null) {
			return;
		}
		for (ArticleEnriched article : enriched) {
			this.statuses.publish(new ArticleStatus(article.documentId(), article.source().fileName(),
					ArticleStatus.State.EXTRACTED, EnrichedArticlePublisher.SOURCE, null, null,
					article.extractorVersion(), article.ingestedAt(), article.enrichedAt(), null,
					article.enrichedAt()));
		}
	}

	private CompletableFuture<?> enrichOne(byte[] value, Map<String, Object> headers, List<ArticleEnriched> done) {
		if (value == null) {
			throw new InvalidEventException("the record has no value");
		}
		if (value.length > this.maxEventBytes) {
			// checked before the JSON is read: such an event is never decoded nor analysed
			throw new ArticleTooLargeException("the event is " + value.length + " bytes, over the " + this.maxEventBytes
					+ " an article event may have (articleflow.limits.max-record-bytes): not analysed");
		}
		ArticleIngested article = this.codec.decode(value, ArticleIngested.class);
		AtomicReference<CompletableFuture<?>> sent = new AtomicReference<>();
		this.tracing.inRecordSpan("extract article", headers, Objects.requireNonNullElse(article.documentId(), ""),
				() -> {
					long start = System.nanoTime();
					ArticleEnriched enriched = this.enricher.enrich(article);
					this.metrics.enriched(enriched, Duration.ofNanos(System.nanoTime() - start));
					log.info("Enriched document {} with {} entities", enriched.documentId(),
							enriched.entities().size());
					// sent inside the span: the record carries this trace on to index-service
					sent.set(this.publisher.send(enriched));
					done.add(enriched);
				});
		return sent.get();
	}

}
