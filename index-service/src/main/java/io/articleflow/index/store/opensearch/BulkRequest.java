package io.articleflow.index.store.opensearch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import io.articleflow.index.store.ArticleIndexingException;
import io.articleflow.index.store.IndexableArticle;

/**
 * One bulk request of a batch and what its items answered: written (2xx), older than the indexed version (409,
 * skipped: the newer one stays), refused for load, failed by a shard or refused by an index block (429, 5xx, a
 * {@code cluster_block_exception}: those items are sent again with backoff; a write block is what a reindex puts on
 * the index it retires, and the alias names the new one by the next attempt), or refused for their content (any other 4xx: named by position, so that the consumer sends that record
 * to the dead-letter topic with the reason).
 */
final class BulkRequest {

	private static final Logger log = LoggerFactory.getLogger(BulkRequest.class);

	private final OpenSearchHttp http;

	private final OpenSearchIndexProperties.Retry retry;

	private final List<IndexableArticle> articles;

	private final IntFunction<String> lines;

	/**
	 * @param lines the bulk lines (action and source) of the article at a position of {@code articles}
	 */
	BulkRequest(OpenSearchHttp http, OpenSearchIndexProperties.Retry retry, List<IndexableArticle> articles,
			IntFunction<String> lines) {
		this.http = http;
		this.retry = retry;
		this.articles = articles;
		this.lines = lines;
	}

	/**
	 * Sends the articles {@code from..to-1} (whose bulk lines are {@code ndjson}) until each is written or skipped.
	 * @throws ArticleIndexingException naming the first article that was refused, or that still failed after the
	 *     last attempt
	 */
	void send(int from, int to, String ndjson) {
		List<Integer> pending = new ArrayList<>();
		for (int i = from; i < to; i++) {
			pending.add(i);
		}
		String body = ndjson;
		for (int attempt = 1;; attempt++) {
			OpenSearchHttp.Answer answer = this.http.bulk("/_bulk", Map.of(), body);
			if (!answer.ok()) {
				throw new ArticleIndexingException("OpenSearch refused the bulk request of article "
						+ this.articles.get(pending.get(0)).documentId() + ": " + answer.reason(), pending.get(0), false, null);
			}
			List<Integer> retried = new ArrayList<>();
			JsonNode items = answer.body().path("items");
			for (int i = 0; i < pending.size(); i++) {
				JsonNode item = items.path(i).path("index");
				int status = item.path("status").asInt();
				int position = pending.get(i);
				if (status == 409) {
					log.debug("Kept the newer indexed version of {}: the event came late",
							this.articles.get(position).documentId());
				}
				else if (status == 429 || status >= 500 || blocked(item)) {
					retried.add(position);
				}
				else if (status >= 300 || status == 0) {
					throw new ArticleIndexingException("the index refused article "
							+ this.articles.get(position).documentId() + ": " + reason(item), position, true, null);
				}
			}
			if (retried.isEmpty()) {
				return;
			}
			if (attempt >= this.retry.maxAttempts()) {
				throw new ArticleIndexingException("OpenSearch could not write article "
						+ this.articles.get(retried.get(0)).documentId() + " after " + attempt + " attempts",
						retried.get(0), false, null);
			}
			log.warn("OpenSearch refused {} articles of a bulk request for load or failed them: retrying",
					retried.size());
			OpenSearchHttp.pause(this.retry.backoff(attempt));
			StringBuilder next = new StringBuilder();
			retried.forEach(position -> next.append(this.lines.apply(position)));
			pending = retried;
			body = next.toString();
		}
	}

	/** Refused by an index block (a reindex retiring the index, a disk over its flood stage): not the article. */
	private static boolean blocked(JsonNode item) {
		return "cluster_block_exception".equals(item.path("error").path("type").asString(""));
	}

	private static String reason(JsonNode item) {
		JsonNode error = item.path("error");
		String reason = error.path("type").asString("") + ": " + error.path("reason").asString("");
		JsonNode cause = error.path("caused_by");
		if (cause.has("reason")) {
			reason += " (" + cause.path("reason").asString() + ")";
		}
		return reason;
	}

}
