package io.articleflow.ingest.intake;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How large a file may be. How much text it may give is the pipeline's limit, shared with extract-service:
 * {@code articleflow.limits.max-characters} ({@link io.articleflow.common.limits.ArticleLimits}); longer text goes to
 * {@code failed/} as {@code text-too-large}.
 *
 * @param maxFileSize the largest file ingest reads (bucket or upload); larger files go to {@code failed/} as
 *     {@code too-large} without being read, larger uploads are refused with 413
 */
@Validated
@ConfigurationProperties("ingest.limits")
public record LimitsProperties(@DefaultValue(LimitsProperties.DEFAULT_MAX_FILE_SIZE) @NotNull(
		message = "max-file-size is required") DataSize maxFileSize) {

	/** Default of {@link #maxFileSize()}. */
	public static final String DEFAULT_MAX_FILE_SIZE = "32MB";

}
