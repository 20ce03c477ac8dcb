package io.articleflow.ingest.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.unit.DataSize;

import io.articleflow.common.event.ArticleIngested;
import io.articleflow.common.event.DocumentIds;
import io.articleflow.ingest.bucket.BucketObject;
import io.articleflow.ingest.bucket.DirectoryBucket;
import io.articleflow.ingest.bucket.IngestFailure;
import io.articleflow.ingest.publish.ArticlePublisher;
import io.articleflow.ingest.publish.EventTooLargeException;
import io.articleflow.ingest.publish.PublishFailedException;
import io.articleflow.ingest.text.ParsePool;
import io.articleflow.ingest.text.ParseProperties;
import io.articleflow.ingest.text.TextExtractor;
import io.articleflow.ingest.text.TikaTextExtractor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FileIngestorTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

	private static final long MAX_FILE_SIZE = 64 * 1024;

	private static ParsePool pool;

	private static TextExtractor extractor;

	@TempDir
	Path root;

	private DirectoryBucket bucket;

	private final List<ArticleIngested> published = new ArrayList<>();

	private RuntimeException publishFailure;

	private FileIngestor ingestor;

	@BeforeAll
	static void createExtractor() {
		ParseProperties parse = new ParseProperties(Duration.ofSeconds(30), 2, 200, 100, DataSize.ofMegabytes(64));
		pool = new ParsePool(2, parse.timeout());
		extractor = new TikaTextExtractor(pool, 10_000, parse, new SimpleMeterRegistry());
	}

	@AfterAll
	static void closePool() {
		pool.close();
	}

	@BeforeEach
	void setUp() throws IOException {
		this.bucket = newBucket();
		this.ingestor = new FileIngestor(this.bucket, extractor, publisher(), MAX_FILE_SIZE, CLOCK);
	}

	@Test
	void publishesTheArticleThenMovesTheFileToProcessed() throws IOException {
		drop("ASEAN.txt", "ASEAN defence ministers met in Vientiane.");

		IngestOutcome outcome = this.ingestor.ingest(this.bucket.pending().get(0));

		String id = DocumentIds.of("ASEAN defence ministers met in Vientiane.");
		assertThat(outcome).isEqualTo(IngestOutcome.published("ASEAN.txt", id));
		assertThat(this.published).singleElement().satisfies(event -> {
			assertThat(event.documentId()).isEqualTo(id);
			assertThat(event.text()).isEqualTo("ASEAN defence ministers met in Vientiane.");
			assertThat(event.source().fileName()).isEqualTo("ASEAN.txt");
			assertThat(event.source().mediaType()).isEqualTo("text/plain");
			assertThat(event.source().byteSize()).isEqualTo(41);
			assertThat(event.source().checksum()).isEqualTo(DocumentIds
				.checksum("ASEAN defence ministers met in Vientiane.".getBytes(StandardCharsets.UTF_8)));
			assertThat(event.source().uri()).startsWith("file:").endsWith("/ASEAN.txt");
			assertThat(event.seenAt()).isEqualTo(CLOCK.instant());
		});
		assertThat(this.root.resolve("ASEAN.txt")).doesNotExist();
		assertThat(this.root.resolve("processed/ASEAN.txt")).exists();
	}

	@Test
	void leavesTheFileInTheBucketWhenTheBrokerDidNotAcknowledge() throws IOException {
		drop("a.txt", "Text that must not be lost.");
		this.publishFailure = new PublishFailedException("Kafka did not acknowledge it", null);

		IngestOutcome outcome = this.ingestor.ingest(this.bucket.pending().get(0));

		assertThat(outcome).isEqualTo(new IngestOutcome("a.txt", IngestOutcome.Status.DEFERRED,
				DocumentIds.of("Text that must not be lost."), "Kafka did not acknowledge it", "broker-unavailable"));
		assertThat(this.root.resolve("a.txt")).exists();
		assertThat(this.bucket.pending()).extracting(BucketObject::key).containsExactly("a.txt");
	}

	@Test
	void movesAnUnreadableFileToFailedWithItsReasonAndPublishesNothing() throws IOException {
		Files.write(this.root.resolve("image.txt"), new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2, 3 });
		old(this.root.resolve("image.txt"));

		IngestOutcome outcome = this.ingestor.ingest(this.bucket.pending().get(0));

		assertThat(outcome.status()).isEqualTo(IngestOutcome.Status.FAILED);
		assertThat(outcome.code()).isEqualTo("binary");
		assertThat(outcome.reason()).startsWith("binary content");
		assertThat(this.published).isEmpty();
		assertThat(this.root.resolve("failed/image.txt")).exists();
		IngestFailure sidecar = JsonMapper.builder()
			.build()
			.readValue(this.root.resolve("failed/image.txt.error.json").toFile(), IngestFailure.class);
		assertThat(sidecar).isEqualTo(new IngestFailure("image.txt", outcome.reason(), "binary", "extract-text",
				"io.articleflow.ingest.text.UnreadableContentException", CLOCK.instant()));
	}

	@Test
	void givesTheSameDocumentIdToTheSameContentUnderAnotherNameAndMovesBoth() throws IOException {
		drop("first.txt", "Same article.\n");
		this.ingestor.ingest(this.bucket.pending().get(0));
		drop("second-copy.txt", "Same article.\r\n");
		this.ingestor.ingest(this.bucket.pending().get(0));

		assertThat(this.published).extracting(ArticleIngested::documentId)
			.containsExactly(DocumentIds.of("Same article."), DocumentIds.of("Same article."));
		assertThat(this.bucket.pending()).isEmpty();
		assertThat(this.root.resolve("processed/first.txt")).exists();
		assertThat(this.root.resolve("processed/second-copy.txt")).exists();
	}

	@Test
	void movesAFileOverTheSizeLimitToFailedWithoutReadingIt() throws IOException {
		drop("big.txt", "x".repeat((int) MAX_FILE_SIZE + 1));
		FileIngestor neverReads = new FileIngestor(new ForwardingBucket(this.bucket) {
			@Override
			public InputStream open(BucketObject object) {
				throw new AssertionError("a file over the limit must not be read");
			}
		}, extractor, publisher(), MAX_FILE_SIZE, CLOCK);

		IngestOutcome outcome = neverReads.ingest(this.bucket.pending().get(0));

		assertThat(outcome.status()).isEqualTo(IngestOutcome.Status.FAILED);
		assertThat(outcome.code()).isEqualTo("too-large");
		assertThat(outcome.reason()).isEqualTo(
				"the file is 65537 bytes, over the limit of 65536 bytes (64.0 KiB, ingest.limits.max-file-size)");
		assertThat(this.root.resolve("failed/big.txt.error.json")).content().contains("\"code\" : \"too-large\"");
	}

	@Test
	void stopsReadingAFileThatGrewOverTheSizeLimitAfterItWasListed() throws IOException {
		drop("grew.txt", "small");
		BucketObject listed = this.bucket.pending().get(0);
		Files.writeString(this.root.resolve("grew.txt"), "y".repeat((int) MAX_FILE_SIZE + 10));

		IngestOutcome outcome = this.ingestor.ingest(listed);

		assertThat(outcome.code()).isEqualTo("too-large");
		assertThat(outcome.reason())
			.isEqualTo("the file is larger than the limit of 65536 bytes (64.0 KiB, ingest.limits.max-file-size)");
		assertThat(this.published).isEmpty();
		assertThat(this.root.resolve("failed/grew.txt")).exists();
	}

	@Test
	void movesAnEventTooLargeForAKafkaRecordToFailed() throws IOException {
		drop("long.txt", "A long article.");
		this.publishFailure = new EventTooLargeException("the event would be 20000000 bytes, over the 16760832 "
				+ "bytes a Kafka record may carry (max.request.size)", null);

		IngestOutcome outcome = this.ingestor.ingest(this.bucket.pending().get(0));

		assertThat(outcome.status()).isEqualTo(IngestOutcome.Status.FAILED);
		assertThat(outcome.code()).isEqualTo("text-too-large");
		assertThat(this.root.resolve("failed/long.txt.error.json")).content()
			.contains("\"stage\" : \"publish\"", "over the 16760832 bytes a Kafka record may carry");
	}

	@Test
	void restartInTheMiddleOfABatchRepublishesOnlyTheFileThatWasNotMoved() throws IOException {
		drop("1.txt", "First article of the batch.");
		drop("2.txt", "Second article of the batch.");
		drop("3.txt", "Third article of the batch.");
		List<BucketObject> batch = this.bucket.pending();
		FileIngestor crashesBeforeTheThirdMove = new FileIngestor(new ForwardingBucket(this.bucket) {
			@Override
			public void moveToProcessed(BucketObject object) throws IOException {
				if (object.key().equals("3.txt")) {
					throw new SimulatedCrash();
				}
				super.moveToProcessed(object);
			}
		}, extractor, publisher(), MAX_FILE_SIZE, CLOCK);
		crashesBeforeTheThirdMove.ingest(batch.get(0));
		crashesBeforeTheThirdMove.ingest(batch.get(1));
		assertThatExceptionOfType(SimulatedCrash.class).isThrownBy(() -> crashesBeforeTheThirdMove.ingest(batch.get(2)));
		assertThat(this.published).extracting(ArticleIngested::text)
			.containsExactly("First article of the batch.", "Second article of the batch.", "Third article of the batch.");
		this.published.clear();

		DirectoryBucket afterRestart = newBucket();
		FileIngestor restarted = new FileIngestor(afterRestart, extractor, publisher(), MAX_FILE_SIZE, CLOCK);
		List<BucketObject> waiting = afterRestart.pending();
		waiting.forEach(restarted::ingest);

		assertThat(waiting).extracting(BucketObject::key).containsExactly("3.txt");
		assertThat(this.published).extracting(ArticleIngested::documentId)
			.containsExactly(DocumentIds.of("Third article of the batch."));
		assertThat(afterRestart.pending()).isEmpty();
		assertThat(this.root.resolve("processed")).isDirectoryContaining("glob:**/1.txt")
			.isDirectoryContaining("glob:**/2.txt")
			.isDirectoryContaining("glob:**/3.txt");
	}

	private DirectoryBucket newBucket() throws IOException {
		return new DirectoryBucket(this.root, Duration.ZERO, CLOCK, JsonMapper.builder().build());
	}

	private ArticlePublisher publisher() {
		return new ArticlePublisher(null, null, CLOCK, Long.MAX_VALUE) {
			@Override
			public void publish(ArticleIngested event) {
				if (FileIngestorTests.this.publishFailure != null) {
					throw FileIngestorTests.this.publishFailure;
				}
				FileIngestorTests.this.published.add(event);
			}
		};
	}

	private void drop(String name, String content) throws IOException {
		Path file = this.root.resolve(name);
		Files.writeString(file, content);
		old(file);
	}

	private static void old(Path file) throws IOException {
		Files.setLastModifiedTime(file, FileTime.from(CLOCK.instant().minusSeconds(60)));
	}

	/** The process dying between two steps. */
	static final class SimulatedCrash extends RuntimeException {

	}

}
