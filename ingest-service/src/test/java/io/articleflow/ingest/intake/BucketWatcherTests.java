package io.articleflow.ingest.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import io.articleflow.common.event.ArticleIngested;
import io.articleflow.ingest.bucket.Bucket;
import io.articleflow.ingest.bucket.BucketObject;
import io.articleflow.ingest.bucket.DirectoryBucket;
import io.articleflow.ingest.publish.ArticlePublisher;
import io.articleflow.ingest.text.ExtractedText;
import io.articleflow.ingest.text.TextExtractor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class BucketWatcherTests {

	@TempDir
	Path root;

	@Test
	void ingestsEveryFileOnceWithSeveralWorkersAndFrequentScans() throws IOException {
		int files = 40;
		for (int i = 0; i < files; i++) {
			Path file = Files.writeString(this.root.resolve("article-" + i + ".txt"), "ASEAN article " + i);
			Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
		}
		List<ArticleIngested> published = new CopyOnWriteArrayList<>();
		List<IngestOutcome> outcomes = new CopyOnWriteArrayList<>();
		DirectoryBucket bucket = new DirectoryBucket(this.root, Duration.ZERO, Clock.systemUTC(),
				JsonMapper.builder().build());
		TextExtractor plain = (file, name) -> new ExtractedText(Files.readString(file), "text/plain", null);
		ArticlePublisher publisher = new ArticlePublisher(null, null, Clock.systemUTC(), Long.MAX_VALUE) {
			@Override
			public void publish(ArticleIngested event) {
				published.add(event);
			}
		};
		IngestProgress progress = new IngestProgress(new SimpleMeterRegistry());
		FileIngestor ingestor = new FileIngestor(bucket, plain, publisher, 1024, Clock.systemUTC());
		BucketWatcher watcher = new BucketWatcher(bucket, ingestor, Duration.ofMillis(5), 4, new InFlightKeys(),
				progress, outcomes::add);

		watcher.start();
		try {
			await().atMost(Duration.ofSeconds(30)).until(() -> outcomes.size() >= files && bucket.pending().isEmpty());
		}
		finally {
			watcher.stop();
		}

		assertThat(outcomes).extracting(IngestOutcome::status).containsOnly(IngestOutcome.Status.PUBLISHED);
		assertThat(published).extracting(ArticleIngested::text)
			.containsExactlyInAnyOrderElementsOf(IntStream.range(0, files).mapToObj(i -> "ASEAN article " + i).toList());
		assertThat(progress.seen()).isEqualTo(files);
		assertThat(progress.pending()).isZero();
	}

	@Test
	void doesNotListTheBucketAgainWhileTheWorkersHaveFilesEnoughAndIngestsEachOnce() throws Exception {
		// Given a hundred waiting files, a bucket that counts its listings, and two workers held back
		int files = 100;
		for (int i = 0; i < files; i++) {
			Path file = Files.writeString(this.root.resolve("article-" + i + ".txt"), "ASEAN article " + i);
			Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
		}
		CountDownLatch release = new CountDownLatch(1);
		List<ArticleIngested> published = new CopyOnWriteArrayList<>();
		List<IngestOutcome> outcomes = new CopyOnWriteArrayList<>();
		AtomicInteger listings = new AtomicInteger();
		DirectoryBucket directory = new DirectoryBucket(this.root, Duration.ZERO, Clock.systemUTC(),
				JsonMapper.builder().build());
		Bucket bucket = new CountingBucket(directory, listings);
		TextExtractor plain = (file, name) -> new ExtractedText(Files.readString(file), "text/plain", null);
		ArticlePublisher publisher = new ArticlePublisher(null, null, Clock.systemUTC(), Long.MAX_VALUE) {
			@Override
			public void publish(ArticleIngested event) {
				try {
					release.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				published.add(event);
			}
		};
		IngestProgress progress = new IngestProgress(new SimpleMeterRegistry());
		FileIngestor ingestor = new FileIngestor(bucket, plain, publisher, 1024, Clock.systemUTC());
		BucketWatcher watcher = new BucketWatcher(bucket, ingestor, Duration.ofMillis(5), 2, new InFlightKeys(),
				progress, outcomes::add);

		watcher.start();
		try {
			// When the first listing has claimed them all, Then scans every 5 ms do not list the bucket again
			await().atMost(Duration.ofSeconds(30)).until(() -> progress.seen() == files);
			int listed = listings.get();
			await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).until(() -> listings.get() == listed);

			// and once publishing goes on, every file is ingested once and the bucket is listed again
			release.countDown();
			await().atMost(Duration.ofSeconds(30))
				.until(() -> outcomes.size() >= files && directory.pending().isEmpty() && listings.get() > listed);
		}
		finally {
			release.countDown();
			watcher.stop();
		}
		assertThat(published).extracting(ArticleIngested::text)
			.containsExactlyInAnyOrderElementsOf(IntStream.range(0, files).mapToObj(i -> "ASEAN article " + i).toList());
	}

	/** A bucket that counts how often it is listed. */
	private static final class CountingBucket extends ForwardingBucket {

		private final AtomicInteger listings;

		CountingBucket(Bucket delegate, AtomicInteger listings) {
			super(delegate);
			this.listings = listings;
		}

		@Override
		public List<BucketObject> pending() throws IOException {
			this.listings.incrementAndGet();
			return super.pending();
		}

	}

}
