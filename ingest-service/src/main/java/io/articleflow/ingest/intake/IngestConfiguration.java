package io.articleflow.ingest.intake;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;

import io.micrometer.observation.ObservationRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import io.articleflow.common.event.ArticleStatus;
import io.articleflow.common.limits.ArticleLimits;
import io.articleflow.common.messaging.EventCodec;
import io.articleflow.common.status.ArticleStatusPublisher;
import io.articleflow.common.tracing.DocumentTracing;
import io.articleflow.ingest.bucket.Bucket;
import io.articleflow.ingest.bucket.BucketProperties;
import io.articleflow.ingest.publish.ArticlePublisher;
import io.articleflow.ingest.status.IngestJournal;
import io.articleflow.ingest.status.OutcomeStatus;
import io.articleflow.ingest.text.ParsePool;
import io.articleflow.ingest.text.ParseProperties;
import io.articleflow.ingest.text.TextExtractor;
import io.articleflow.ingest.text.TikaTextExtractor;

/**
 * Wires the bucket, the text extractor and the publisher into the watching ingest flow, and checks that the
 * limits agree: the longest text ingest accepts ({@code articleflow.limits.max-characters}) must fit in a record of
 * its producer.
 */
@Configuration(proxyBeanMethods = false)
public class IngestConfiguration {

	/** Where the producer's record limit is set (once, in common's {@code articleflow-defaults.yml}). */
	static final String BINDER_MAX_REQUEST_SIZE = "spring.cloud.stream.kafka.binder.producer-properties"
			+ ".max.request.size";

	static final String BINDING_MAX_REQUEST_SIZE = "spring.cloud.stream.kafka.bindings." + ArticlePublisher.BINDING
			+ ".producer.configuration.max.request.size";

	/** Kafka's own default of {@code max.request.size}. */
	static final long KAFKA_DEFAULT_MAX_REQUEST_SIZE = 1024 * 1024;

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean(destroyMethod = "close")
	ParsePool parsePool(ParseProperties properties) {
		return new ParsePool(properties.workers(), properties.timeout());
	}

	@Bean
	TextExtractor textExtractor(ParsePool parsePool, ArticleLimits limits, ParseProperties properties,
			MeterRegistry meters) {
		return new TikaTextExtractor(parsePool, limits.maxCharacters(), properties, meters);
	}

	@Bean
	ArticlePublisher articlePublisher(StreamBridge streamBridge, EventCodec codec, Clock clock,
			ArticleLimits limits, Environment environment) {
		long recordLimit = environment.getProperty(BINDING_MAX_REQUEST_SIZE, Long.class,
				environment.getProperty(BINDER_MAX_REQUEST_SIZE, Long.class, KAFKA_DEFAULT_MAX_REQUEST_SIZE));
		long maxEventBytes = Math.min(recordLimit - ArticleLimits.RECORD_HEADROOM_BYTES, limits.maxEventBytes());
		if (limits.worstCaseEventBytes() > maxEventBytes) {
			throw new IllegalStateException("articleflow.limits.max-characters=" + limits.maxCharacters()
					+ " allows events of up to " + limits.worstCaseEventBytes() + " bytes (3 bytes of UTF-8 per "
					+ "character plus " + ArticleLimits.EVENT_OVERHEAD_BYTES + "), over the Kafka record limit "
					+ "max.request.size=" + recordLimit + ": lower it to at most "
					+ (maxEventBytes - ArticleLimits.EVENT_OVERHEAD_BYTES) / 3 + " or raise the record limit");
		}
		return new ArticlePublisher(streamBridge, codec, clock, maxEventBytes);
	}

	@Bean
	FileIngestor fileIngestor(Bucket bucket, TextExtractor extractor, ArticlePublisher publisher,
			LimitsProperties limits, Clock clock, ObjectProvider<DocumentTracing> tracing,
			ObjectProvider<ObservationRegistry> observations) {
		return new FileIngestor(bucket, extractor, publisher, limits.maxFileSize().toBytes(), clock,
				tracing.getIfAvailable(DocumentTracing::noop),
				observations.getIfAvailable(() -> ObservationRegistry.NOOP));
	}

	@Bean
	IngestProgress ingestProgress(MeterRegistry meters) {
		return new IngestProgress(meters);
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
	InFlightKeys inFlightKeys() {
		return new InFlightKeys();
	}

	@Bean
	IngestOutcomes ingestOutcomes(IngestProgress progress, IngestJournal journal, Clock clock,
			ObjectProvider<ArticleStatusPublisher> statuses) {
		ArticleStatusPublisher publisher = statuses.getIfAvailable();
		return outcome -> {
			progress.record(outcome);
			journal.record(outcome);
			// after the outcome (the event acknowledged, the file moved): a status never holds a file back
			ArticleStatus status = OutcomeStatus.of(outcome, clock.instant());
			if (publisher != null && status != null) {
				publisher.publish(status);
			}
		};
	}

	@Bean
	BucketWatcher bucketWatcher(Bucket bucket, FileIngestor ingestor, BucketProperties properties,
			InFlightKeys inFlight, IngestProgress progress, IngestOutcomes outcomes) {
		return new BucketWatcher(bucket, ingestor, properties.pollInterval(), properties.workers(), inFlight,
				progress, outcomes);
	}

}
