package io.articleflow.ingest.intake;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How large a file and its text may be.
 *
 * @param maxFileSize the largest file ingest reads (bucket or upload); larger files go to {@code failed/} as
 *     {@code too-large} without being read, larger uploads are refused with 413
 * @param maxCharacters the most characters of text one document may have; longer text goes to {@code failed/} as
 *     {@code text-too-large}. At 3 bytes per character (the UTF-8 worst case for the text of one event) plus
 *     64 KiB for the rest of the event, it must fit the Kafka record limit ({@code max.request.size}, 16 MiB in
 *     {@code articleflow-defaults.yml}); the service does not start otherwise
 */
@Validated
@ConfigurationProperties("ingest.limits")
public record LimitsProperties(
		@DefaultValue(LimitsProperties.DEFAULT_MAX_FILE_SIZE) @NotNull(
				message = "max-file-size is required") DataSize maxFileSize,
		@DefaultValue(LimitsProperties.DEFAULT_MAX_CHARACTERS) @Min(value = 1,
				message = "max-characters must be at least 1") @Max(value = 100_000_000,
						message = "max-characters must be at most 100000000") int maxCharacters) {

	/** Default of {@link #maxFileSize()}. */
	public static final String DEFAULT_MAX_FILE_SIZE = "32MB";

	/** Default of {@link #maxCharacters()}: 5,000,000 characters, at most 15 MB of UTF-8, under 16 MiB records. */
	public static final String DEFAULT_MAX_CHARACTERS = "5000000";

	/** What one event may hold besides its text: ids, source, metadata, timestamps, headers. */
	public static final int EVENT_OVERHEAD_BYTES = 64 * 1024;

	/** The largest event the character limit allows: every character 3 bytes of UTF-8, plus the overhead. */
	public long worstCaseEventBytes() {
		return 3L * this.maxCharacters + EVENT_OVERHEAD_BYTES;
	}

}
