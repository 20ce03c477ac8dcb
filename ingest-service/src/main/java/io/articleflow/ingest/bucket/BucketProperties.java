package io.articleflow.ingest.bucket;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The directory bucket.
 *
 * @param path the folder operators drop files into; {@code processed/} and {@code failed/} are created inside it
 * @param pollInterval how often the folder is scanned for new files
 * @param settleTime how long a file's size and modification time must stay unchanged before it counts as complete
 *     (files named {@code *.part}, {@code *.tmp}, {@code *.crdownload} or starting with a dot are never picked up)
 * @param workers how many files are read and published at the same time
 */
@Validated
@ConfigurationProperties("ingest.bucket")
public record BucketProperties(@DefaultValue("bucket") @NotNull Path path,
		@DefaultValue("1s") @NotNull Duration pollInterval, @DefaultValue("1s") @NotNull Duration settleTime,
		@DefaultValue("4") @Min(value = 1, message = "workers must be at least 1") int workers) {
}
