package io.articleflow.index.consume;

import java.util.ArrayList;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.kafka.listener.BatchListenerFailedException;

import io.articleflow.common.messaging.InvalidEventException;
import io.articleflow.index.store.ArticleIndex;
import io.articleflow.index.store.ArticleIndexingException;
import io.articleflow.index.store.IndexableArticle;

/**
 * Indexes one batch of {@code article-enriched} record values. The index is committed before returning, so it is
 * durable before the container commits the batch's offsets; a crash in between only re-delivers articles, and
 * upserts make that harmless.
 * <p>
 * When record {@code i} cannot be read or indexed, records {@code 0..i-1} are indexed and committed first, then a
 * {@link BatchListenerFailedException} names index {@code i}: the container commits the offsets before it, and the
 * shared error handler retries from record {@code i} and finally dead-letters that record alone.
 */
public class EnrichedArticleIndexer {

	private static final Logger log = LoggerFactory.getLogger(EnrichedArticleIndexer.class);

	private final EnrichedArticleReader reader;

	private final ArticleIndex index;

	private final IndexedArticleObserver observer;

	/**
	 * An indexer whose meters and traces go nowhere.
	 * @param index where the articles go
	 * @param json Boot's JSON mapper, to read the events
	 */
	public EnrichedArticleIndexer(ArticleIndex index, JsonMapper json) {
		this(index, json, IndexedArticleObserver.detached(index));
	}

	/**
	 * @param index where the articles go
	 * @param json Boot's JSON mapper, to read the events
	 * @param observer told about every committed batch and every failure
	 */
	public EnrichedArticleIndexer(ArticleIndex index, JsonMapper json, IndexedArticleObserver observer) {
		this.reader = new EnrichedArticleReader(json);
		this.index = index;
		this.observer = observer;
	}

	/**
	 * Indexes the batch's record values, in order.
	 * @throws BatchListenerFailedException naming the first record that could not be read or indexed, once the
	 *     records before it are committed
	 */
	public void index(List<byte[]> values) {
		index(values, List.of());
	}

	/**
	 * Indexes the batch's record values, in order, each in the trace its record headers carry.
	 * @param headers the records' headers in the same order (the binder's converted batch headers)
	 * @throws BatchListenerFailedException naming the first record that could not be read or indexed, once the
	 *     records before it are committed
	 */
	public void index(List<byte[]> values, List<Map<String, Object>> headers) {
		long start = System.nanoTime();
		List<IndexableArticle> articles = new ArrayList<>(values.size());
		BatchListenerFailedException unreadable = null;
		for (int i = 0; i < values.size(); i++) {
			try {
				articles.add(this.reader.read(values.get(i)));
			}
			catch (JacksonException | InvalidEventException ex) {
				this.observer.failed("unreadable");
				unreadable = new BatchListenerFailedException(
						"record " + i + " of the batch is not a valid ArticleEnriched event: " + ex.getMessage(), ex, i);
				break;
			}
		}
		try {
			this.index.upsertAll(articles);
		}
		catch (ArticleIndexingException ex) {
			// The articles before the failed one are written: make them durable so their offsets can be committed.
			this.index.commit();
			this.observer.failed(ex.rejected() ? "rejected" : "write-error");
			this.observer.committed(articles.subList(0, ex.position()), headers,
					Duration.ofNanos(System.nanoTime() - start), this.observer.now());
			Exception cause = ex.rejected() ? new RejectedArticleException(ex.getMessage(), ex.getCause()) : ex;
			throw new BatchListenerFailedException(
					"record " + ex.position() + " of the batch could not be indexed: " + ex.getMessage(), cause,
					ex.position());
		}
		// searchable first (where the backend can), then durable before the container commits the offsets
		boolean visible = this.index.refresh();
		Instant refreshed = this.observer.now();
		this.index.commit();
		this.observer.committed(articles, headers, Duration.ofNanos(System.nanoTime() - start),
				visible ? refreshed : this.observer.now());
		log.debug("Indexed and committed {} of {} articles", articles.size(), values.size());
		if (unreadable != null) {
			throw unreadable;
		}
	}

}
