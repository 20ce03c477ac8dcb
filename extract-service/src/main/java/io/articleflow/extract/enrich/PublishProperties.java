package io.articleflow.extract.enrich;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How extract-service publishes the enriched articles of a batch.
 *
 * @param sendTimeout how long a batch waits for the broker to acknowledge its enriched events; an event not
 *     acknowledged by then fails the batch from that record on, which is retried (its offset is not committed)
 */
@Validated
@ConfigurationProperties("extract.publish")
public record PublishProperties(
		@DefaultValue("30s") @NotNull(message = "send-timeout is required") Duration sendTimeout) {
}
