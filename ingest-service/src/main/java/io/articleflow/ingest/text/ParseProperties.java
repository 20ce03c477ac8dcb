package io.articleflow.ingest.text;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How documents are parsed (Apache Tika), and the protections against pathological files.
 *
 * @param timeout how long one document may take to parse; a parse still running then is cancelled and the file
 *     goes to {@code failed/} with {@code parse timed out after ...}
 * @param workers how many documents are parsed at the same time (the bounded parse pool); a file waits for a
 *     free worker before its timeout starts
 * @param maxNestingDepth the deepest element nesting a document may have (Tika's {@code SecureContentHandler});
 *     deeper documents are refused as {@code too-deep}
 * @param maxCompressionRatio how many times its compressed size a zip container entry (docx, odt) may expand to,
 *     and how many characters per input byte a document may produce; more is refused as a {@code zip-bomb}
 * @param maxUnpackedSize the most a zip container (docx, odt) may expand to in total; more is a {@code zip-bomb}
 */
@Validated
@ConfigurationProperties("ingest.parse")
public record ParseProperties(@DefaultValue("2m") @NotNull(message = "timeout is required") Duration timeout,
		@DefaultValue("2") @Min(value = 1, message = "workers must be at least 1") int workers,
		@DefaultValue("200") @Min(value = 10, message = "max-nesting-depth must be at least 10") @Max(value = 10000,
				message = "max-nesting-depth must be at most 10000") int maxNestingDepth,
		@DefaultValue("100") @Min(value = 2,
				message = "max-compression-ratio must be at least 2") int maxCompressionRatio,
		@DefaultValue("512MB") @NotNull(message = "max-unpacked-size is required") DataSize maxUnpackedSize) {
}
