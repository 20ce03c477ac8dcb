package io.articleflow.index.status;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the search page's document status comes from.
 *
 * @param ingestUrl the base URL of ingest-service, whose status view answers
 *     {@code /api/status/documents/{id}} ({@code INDEX_STATUS_INGESTURL})
 * @param timeout how long a status lookup may take, connecting and answering, before the page is told that
 *     ingest-service does not answer
 */
@Validated
@ConfigurationProperties("index.status")
public record DocumentStatusProperties(
		@DefaultValue("http://127.0.0.1:8081") @NotNull(message = "ingest-url must be set") URI ingestUrl,
		@DefaultValue("3s") @NotNull(message = "timeout must be set") Duration timeout) {
}
