package io.articleflow.ingest.bucket;

import java.io.IOException;
import java.time.Clock;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The ingest bucket a deployment chose with {@code ingest.bucket.type}: a folder (the default) or S3. */
@Configuration(proxyBeanMethods = false)
public class BucketConfiguration {

	@Bean
	@ConditionalOnProperty(name = "ingest.bucket.type", havingValue = "directory", matchIfMissing = true)
	DirectoryBucket directoryBucket(BucketProperties properties, Clock clock, JsonMapper json) throws IOException {
		return new DirectoryBucket(properties.path(), properties.settleTime(), clock, json);
	}

}
