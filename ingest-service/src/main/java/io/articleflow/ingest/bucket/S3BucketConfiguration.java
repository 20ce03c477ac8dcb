package io.articleflow.ingest.bucket;

import java.time.Clock;

import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The S3 bucket, with {@code ingest.bucket.type=s3}: an AWS SDK v2 client from {@code ingest.s3.*}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "ingest.bucket.type", havingValue = "s3")
public class S3BucketConfiguration {

	@Bean(destroyMethod = "close")
	S3Client ingestS3Client(S3Properties properties) {
		S3ClientBuilder builder = S3Client.builder()
			.forcePathStyle(properties.pathStyleAccess());
		if (properties.region() != null && !properties.region().isBlank()) {
			builder.region(Region.of(properties.region().strip()));
		}
		if (properties.endpoint() != null) {
			builder.endpointOverride(properties.endpoint());
		}
		return builder.build();
	}

	@Bean
	S3Bucket s3Bucket(S3Client ingestS3Client, S3Properties properties, Clock clock, JsonMapper json) {
		if (properties.bucket() == null || properties.bucket().isBlank()) {
			throw new IllegalStateException("ingest.s3.bucket must name the S3 bucket when ingest.bucket.type=s3");
		}
		return new S3Bucket(ingestS3Client, properties.bucket().strip(), properties.normalisedPrefix(), clock, json);
	}

}
