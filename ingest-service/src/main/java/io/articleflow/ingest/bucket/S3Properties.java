package io.articleflow.ingest.bucket;

import java.net.URI;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The S3 bucket, used when {@code ingest.bucket.type=s3}. Credentials come from the AWS SDK's standard chain
 * (environment, system properties, profile, container or instance role).
 *
 * @param bucket the S3 bucket's name; required with {@code ingest.bucket.type=s3}
 * @param prefix the key prefix operators drop files under (e.g. {@code incoming/}); empty for the whole bucket.
 *     {@code processed/} and {@code failed/} are kept under it
 * @param region the AWS region; empty to take it from the SDK's standard chain ({@code AWS_REGION}, profile)
 * @param endpoint the S3 endpoint, for S3-compatible stores such as MinIO ({@code http://localhost:9000}); empty
 *     for AWS
 * @param pathStyleAccess whether buckets are addressed in the path ({@code http://host/bucket/key}) rather than
 *     the host name; MinIO and most S3-compatible stores need it
 */
@Validated
@ConfigurationProperties("ingest.s3")
public record S3Properties(String bucket, @DefaultValue("") @NotNull String prefix, String region, URI endpoint,
		@DefaultValue("false") boolean pathStyleAccess) {

	/** The prefix with its trailing slash, or empty. */
	public String normalisedPrefix() {
		String trimmed = this.prefix.strip();
		while (trimmed.startsWith("/")) {
			trimmed = trimmed.substring(1);
		}
		return trimmed.isEmpty() || trimmed.endsWith("/") ? trimmed : trimmed + "/";
	}

}
