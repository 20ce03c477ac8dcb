package io.articleflow.common.autoconfigure;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The failure policy of every consuming stage, in one place.
 *
 * @param attempts how many times a record is processed before it goes to the dead-letter topic (1 = no retry)
 * @param backoff the pause between two attempts
 * @param nonRetryable exceptions (fully qualified class names, matched anywhere in the cause chain) that go to the
 *     dead-letter topic at once: retrying a record that cannot be read or is invalid cannot help
 * @param maxRecordBytes the largest dead letter sent with its value (the dead-letter producer's
 *     {@code max.request.size}); a record larger than this, or than its dead-letter topic takes, is dead-lettered
 *     with its headers, its reason and where it is, but without its value, so that the stage never stops at it
 */
@Validated
@ConfigurationProperties("articleflow.dead-letter")
public record DeadLetterProperties(
		@DefaultValue("3") @Min(value = 1, message = "attempts must be at least 1") int attempts,
		@DefaultValue("500ms") @NotNull Duration backoff,
		@DefaultValue({ "org.springframework.messaging.converter.MessageConversionException",
				"tools.jackson.core.JacksonException",
				"io.articleflow.common.messaging.InvalidEventException" }) List<String> nonRetryable,
		@DefaultValue("16777216") @Min(value = 1024, message = "max-record-bytes must be at least 1024") long maxRecordBytes) {
}
