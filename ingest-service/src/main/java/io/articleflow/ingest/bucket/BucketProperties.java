package io.articleflow.ingest.bucket;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The ingest bucket.
 *
 * @param type where files are dropped: {@code directory} (a folder, {@link #path()}) or {@code s3} (a bucket and
 *     prefix, see {@code ingest.s3.*})
 * @param path the folder operators drop files into when the type is {@code directory}; {@code processed/} and
 *     {@code failed/} are created inside it
 * @param pollInterval how often the bucket is scanned for new files
 * @param settleTime how long a file's size and modification time must stay unchanged before it counts as complete
 *     (files named {@code *.part}, {@code *.tmp}, {@code *.crdownload}, {@code *~} or starting with a dot are never
 *     picked up); S3 objects are complete once listed
 * @param workers how many files are read and published at the same time: each waits for the broker to acknowledge
 *     its event, so more workers than cores keep the producer's batches full (parsing itself is bounded by
 *     {@code ingest.parse.workers})
 */
@Validated
@ConfigurationProperties("ingest.bucket")
public record BucketProperties(@DefaultValue("directory") @NotNull(message = "type is required") Type type,
		@DefaultValue("bucket") @NotNull Path path, @DefaultValue("1s") @NotNull Duration pollInterval,
		@DefaultValue("1s") @NotNull Duration settleTime,
		@DefaultValue("8") @Min(value = 1, message = "workers must be at least 1") int workers) {

	/** The kinds of bucket. */
	public enum Type {

		/** A folder on disk. */
		DIRECTORY,
		/** An S3 (or S3-compatible, e.g. MinIO) bucket. */
		S3

	}

}
