package io.articleflow.ingest.intake;

import java.io.IOException;
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

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import io.articleflow.common.event.ArticleIngested;
import io.articleflow.common.event.DocumentIds;
import io.articleflow.ingest.bucket.DirectoryBucket;
import io.articleflow.ingest.publish.ArticlePublisher;
import io.articleflow.ingest.publish.PublishFailedException;
import io.articleflow.ingest.text.PlainTextExtractor;

import static org.assertj.core.api.Assertions.assertThat;

class FileIngestorTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

	@TempDir
	Path root;

	private DirectoryBucket bucket;

	private final List<ArticleIngested> published = new ArrayList<>();

	private boolean brokerDown;

	private FileIngestor ingestor;

	@BeforeEach
	void setUp() throws IOException {
		this.bucket = new DirectoryBucket(this.root, Duration.ZERO, CLOCK, JsonMapper.builder().build());
		ArticlePublisher publisher = new ArticlePublisher(null, null, CLOCK) {
			@Override
			public void publish(ArticleIngested event) {
				if (FileIngestorTests.this.brokerDown) {
					throw new PublishFailedException("Kafka did not acknowledge " + event.documentId(), null);
				}
				FileIngestorTests.this.published.add(event);
			}
		};
		this.ingestor = new FileIngestor(this.bucket, new PlainTextExtractor(), publisher, CLOCK);
	}

	@Test
	void publishesTheArticleThenMovesTheFileToProcessed() throws IOException {
		drop("ASEAN.txt", "ASEAN defence ministers met in Vientiane.");

		IngestOutcome outcome = this.ingestor.ingest(this.bucket.pending().get(0));

		String id = DocumentIds.of("ASEAN defence ministers met in Vientiane.");
		assertThat(outcome).isEqualTo(new IngestOutcome("ASEAN.txt", IngestOutcome.Status.PUBLISHED, id, null));
		assertThat(this.published).singleElement().satisfies(event -> {
			assertThat(event.documentId()).isEqualTo(id);
			assertThat(event.text()).isEqualTo("ASEAN defence ministers met in Vientiane.");
			assertThat(event.source().fileName()).isEqualTo("ASEAN.txt");
			assertThat(event.source().mediaType()).isEqualTo("text/plain");
			assertThat(event.source().byteSize()).isEqualTo(41);
			assertThat(event.source().checksum())
				.isEqualTo(DocumentIds.checksum("ASEAN defence ministers met in Vientiane.".getBytes(StandardCharsets.UTF_8)));
			assertThat(event.source().uri()).startsWith("file:").endsWith("/ASEAN.txt");
		});
		assertThat(this.root.resolve("ASEAN.txt")).doesNotExist();
		assertThat(this.root.resolve("processed/ASEAN.txt")).exists();
	}

	@Test
	void leavesTheFileInTheBucketWhenTheBrokerDidNotAcknowledge() throws IOException {
		drop("a.txt", "Text that must not be lost.");
		this.brokerDown = true;

		IngestOutcome outcome = this.ingestor.ingest(this.bucket.pending().get(0));

		assertThat(outcome.status()).isEqualTo(IngestOutcome.Status.DEFERRED);
		assertThat(this.root.resolve("a.txt")).exists();
		assertThat(this.bucket.pending()).hasSize(1);
	}

	@Test
	void movesAnUnreadableFileToFailedWithItsReasonAndPublishesNothing() throws IOException {
		Files.write(this.root.resolve("image.txt"), new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0 });
		old(this.root.resolve("image.txt"));

		IngestOutcome outcome = this.ingestor.ingest(this.bucket.pending().get(0));

		assertThat(outcome.status()).isEqualTo(IngestOutcome.Status.FAILED);
		assertThat(outcome.reason()).startsWith("not valid UTF-8 text");
		assertThat(this.published).isEmpty();
		assertThat(this.root.resolve("failed/image.txt")).exists();
		assertThat(this.root.resolve("failed/image.txt.error.json")).content().contains("not valid UTF-8 text");
	}

	@Test
	void givesTheSameDocumentIdToTheSameContentUnderAnotherName() throws IOException {
		drop("first.txt", "Same article.\n");
		this.ingestor.ingest(this.bucket.pending().get(0));
		drop("second-copy.txt", "Same article.\r\n");
		this.ingestor.ingest(this.bucket.pending().get(0));

		assertThat(this.published).extracting(ArticleIngested::documentId).hasSize(2).containsOnly(DocumentIds.of("Same article."));
	}

	private void drop(String name, String content) throws IOException {
		Path file = this.root.resolve(name);
		Files.writeString(file, content);
		old(file);
	}

	private static void old(Path file) throws IOException {
		Files.setLastModifiedTime(file, FileTime.from(CLOCK.instant().minusSeconds(60)));
	}

}
