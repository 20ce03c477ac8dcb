package io.articleflow.index.store.opensearch;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The OpenSearch cluster of {@code articleflow.index.backend=opensearch}.
 *
 * @param uris the nodes to talk to ({@code http://host:9200}); the client balances requests over them
 * @param alias the alias that searches and writes go through; the index behind it is {@code <alias>-v<schema>...},
 *     so that a reindex can build a new one and swap the alias atomically
 * @param shards primary shards of a new index
 * @param replicas replicas of each shard of a new index (0 for a single node)
 * @param bulkMaxBytes the most JSON one bulk request carries; a longer batch goes as several requests
 * @param retry how requests that the cluster refuses for load (429) or fails (5xx, I/O) are retried
 */
@Validated
@ConfigurationProperties("articleflow.index.opensearch")
public record OpenSearchIndexProperties(
		@DefaultValue("http://localhost:9200") @NotEmpty(message = "articleflow.index.opensearch.uris must name a node") List<URI> uris,
		@DefaultValue("articles") @NotBlank(message = "articleflow.index.opensearch.alias must not be blank") String alias,
		@DefaultValue("1") @Min(value = 1, message = "articleflow.index.opensearch.shards must be >= 1") int shards,
		@DefaultValue("0") @Min(value = 0, message = "articleflow.index.opensearch.replicas must be >= 0") int replicas,
		@DefaultValue("5MB") @NotNull DataSize bulkMaxBytes,
		@DefaultValue @Valid Retry retry) {

	/**
	 * Retries with exponential backoff.
	 *
	 * @param maxAttempts attempts per request, the first included
	 * @param initialBackoff wait before the second attempt; doubles after each
	 * @param maxBackoff the longest wait between two attempts
	 */
	public record Retry(
			@DefaultValue("5") @Min(value = 1, message = "articleflow.index.opensearch.retry.max-attempts must be >= 1") int maxAttempts,
			@DefaultValue("200ms") @NotNull Duration initialBackoff, @DefaultValue("5s") @NotNull Duration maxBackoff) {

		/** The wait before attempt {@code attempt + 1} (attempt counted from 1). */
		public Duration backoff(int attempt) {
			long millis = this.initialBackoff.toMillis() << Math.min(attempt - 1, 20);
			return Duration.ofMillis(Math.min(millis, this.maxBackoff.toMillis()));
		}

	}

}
