package io.articleflow.ingest.intake;

import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.articleflow.common.messaging.EventCodec;
import io.articleflow.ingest.bucket.BucketProperties;
import io.articleflow.ingest.bucket.DirectoryBucket;
import io.articleflow.ingest.publish.ArticlePublisher;
import io.articleflow.ingest.status.IngestJournal;
import io.articleflow.ingest.text.PlainTextExtractor;
import io.articleflow.ingest.text.TextExtractor;

/** Wires the directory bucket, the text extractor and the publisher into the watching ingest flow. */
@Configuration(proxyBeanMethods = false)
public class IngestConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	DirectoryBucket directoryBucket(BucketProperties properties, Clock clock, JsonMapper json) throws IOException {
		return new DirectoryBucket(properties.path(), properties.settleTime(), clock, json);
	}

	@Bean
	TextExtractor textExtractor() {
		return new PlainTextExtractor();
	}

	@Bean
	ArticlePublisher articlePublisher(StreamBridge streamBridge, EventCodec codec, Clock clock) {
		return new ArticlePublisher(streamBridge, codec, clock);
	}

	@Bean
	FileIngestor fileIngestor(DirectoryBucket bucket, TextExtractor extractor, ArticlePublisher publisher,
			Clock clock) {
		return new FileIngestor(bucket, extractor, publisher, clock);
	}

	@Bean
	IngestProgress ingestProgress() {
		return new IngestProgress();
	}

	@Bean(destroyMethod = "shutdownNow")
	ScheduledExecutorService progressLog(IngestProgress progress) {
		ScheduledExecutorService executor = Executors
			.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("ingest-progress").factory());
		executor.scheduleAtFixedRate(progress::logIfChanged, 10, 10, TimeUnit.SECONDS);
		return executor;
	}

	@Bean
	IngestJournal ingestJournal(Clock clock) {
		return new IngestJournal(1000, clock);
	}

	@Bean
	BucketWatcher bucketWatcher(DirectoryBucket bucket, FileIngestor ingestor, BucketProperties properties,
			IngestProgress progress, IngestJournal journal) {
		return new BucketWatcher(bucket, ingestor, properties.pollInterval(), properties.workers(), outcome -> {
			progress.record(outcome);
			journal.record(outcome);
		});
	}

}
