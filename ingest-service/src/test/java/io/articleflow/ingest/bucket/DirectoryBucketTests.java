package io.articleflow.ingest.bucket;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DirectoryBucketTests {

	@TempDir
	Path root;

	@TempDir
	Path elsewhere;

	private MutableClock clock;

	private DirectoryBucket bucket;

	@BeforeEach
	void createBucket() throws IOException {
		this.clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
		this.bucket = new DirectoryBucket(this.root, Duration.ofSeconds(1), this.clock, JsonMapper.builder().build());
	}

	@Test
	void picksUpAFileOnlyOnceItsSizeStayedUnchangedForTheSettleTime() throws IOException {
		Path file = write("a.txt", "first part", this.clock.instant());

		assertThat(this.bucket.pending()).isEmpty();
		this.clock.advance(Duration.ofMillis(600));
		Files.writeString(file, "first part and more");
		Files.setLastModifiedTime(file, FileTime.from(this.clock.instant()));
		assertThat(this.bucket.pending()).isEmpty();
		this.clock.advance(Duration.ofMillis(600));
		assertThat(this.bucket.pending()).isEmpty();
		this.clock.advance(Duration.ofMillis(500));

		assertThat(this.bucket.pending()).singleElement().satisfies(object -> {
			assertThat(object.key()).isEqualTo("a.txt");
			assertThat(object.size()).isEqualTo(19);
			assertThat(object.seenAt()).isEqualTo(Instant.parse("2026-11-23T10:00:00Z"));
		});
	}

	@Test
	void picksUpAFileModifiedLongAgoAtOnce() throws IOException {
		write("old.txt", "copied in whole", this.clock.instant().minusSeconds(60));

		assertThat(this.bucket.pending()).extracting(BucketObject::key).containsExactly("old.txt");
	}

	@Test
	void givesEachFileItsModificationTimeAsTheDocumentDate() throws IOException {
		write("dated.txt", "copied in whole", Instant.parse("2021-10-18T09:30:15.250Z"));

		assertThat(this.bucket.pending()).extracting(BucketObject::documentDate).containsExactly("2021-10-18T09:30:15Z");
	}

	@Test
	void neverPicksUpTemporaryHiddenProcessedOrFailedFiles() throws IOException {
		Instant old = this.clock.instant().minusSeconds(60);
		write("upload.txt.part", "x", old);
		write(".hidden.txt", "x", old);
		write("download.crdownload", "x", old);
		write("processed/done.txt", "x", old);
		write("failed/bad.txt", "x", old);
		write("nested/article.txt", "x", old);

		assertThat(this.bucket.pending()).extracting(BucketObject::key).containsExactly("nested/article.txt");
	}

	@Test
	void picksUpAFileThroughASymbolicLink() throws IOException {
		Path target = Files.writeString(this.elsewhere.resolve("linked.txt"), "linked");
		Files.setLastModifiedTime(target, FileTime.from(this.clock.instant().minusSeconds(60)));
		Files.createSymbolicLink(this.root.resolve("linked.txt"), target);
		Files.createSymbolicLink(this.root.resolve("dangling.txt"), this.elsewhere.resolve("absent.txt"));

		assertThat(this.bucket.pending()).extracting(BucketObject::key).containsExactly("linked.txt");
	}

	@Test
	void keepsScanningWhileFilesAreMovedOutOfTheBucketDuringTheScan() throws Exception {
		// Given many waiting files in a folder, moved to processed/ one by one (the folder goes with the last)
		Instant old = this.clock.instant().minusSeconds(60);
		for (int i = 0; i < 400; i++) {
			write("batch/article-" + i + ".txt", "article " + i, old);
		}
		List<BucketObject> waiting = this.bucket.pending();
		Thread ingest = new Thread(() -> {
			for (BucketObject object : waiting) {
				try {
					this.bucket.moveToProcessed(object);
				}
				catch (IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			}
		});

		// When scans run meanwhile, Then none fails for a file or folder that vanished under it
		ingest.start();
		while (ingest.isAlive()) {
			assertThat(this.bucket.pending()).hasSizeLessThanOrEqualTo(400);
		}
		ingest.join();
		assertThat(this.bucket.pending()).isEmpty();
		assertThat(this.root.resolve("processed/batch")).isDirectoryContaining("glob:**/article-399.txt");
	}

	@Test
	void movesAProcessedFileKeepingItsFolders() throws IOException {
		write("nested/article.txt", "text", this.clock.instant().minusSeconds(60));
		BucketObject object = this.bucket.pending().get(0);

		this.bucket.moveToProcessed(object);

		assertThat(this.root.resolve("nested/article.txt")).doesNotExist();
		assertThat(this.root.resolve("processed/nested/article.txt")).hasContent("text");
		assertThat(this.bucket.pending()).isEmpty();
	}

	@Test
	void removesTheFoldersAMovedFileLeftEmptyButKeepsTheOthers() throws IOException {
		Instant old = this.clock.instant().minusSeconds(60);
		write("uploads/ab12cd34/article.txt", "uploaded", old);
		write("batch/first.txt", "first", old);
		write("batch/second.txt", "second", old);
		List<BucketObject> pending = this.bucket.pending();

		this.bucket.moveToProcessed(pending.stream().filter(o -> o.key().startsWith("uploads/")).findFirst().get());
		this.bucket.moveToProcessed(pending.stream().filter(o -> o.key().equals("batch/first.txt")).findFirst().get());

		assertThat(this.root.resolve("uploads")).doesNotExist();
		assertThat(this.root.resolve("batch/second.txt")).exists();
		assertThat(this.root).isDirectory();
		assertThat(this.root.resolve("processed/uploads/ab12cd34/article.txt")).hasContent("uploaded");
	}

	@Test
	void keepsBothFilesWhenADifferentFileOfTheSameNameWasProcessedBefore() throws IOException {
		write("processed/a.txt", "earlier content", this.clock.instant());
		write("a.txt", "later content", this.clock.instant().minusSeconds(60));

		this.bucket.moveToProcessed(this.bucket.pending().get(0));

		assertThat(this.root.resolve("processed/a.txt")).hasContent("earlier content");
		assertThat(Files.list(this.root.resolve("processed"))).hasSize(2);
	}

	@Test
	void movesAFailedFileWithASidecarThatSaysWhy() throws IOException {
		write("bad.txt", "\u0000\u0001", this.clock.instant().minusSeconds(60));
		BucketObject object = this.bucket.pending().get(0);

		this.bucket.moveToFailed(object,
				new IngestFailure("bad.txt", "binary content", "binary", "extract-text", "x.Unreadable",
						this.clock.instant()));

		assertThat(this.root.resolve("failed/bad.txt")).exists();
		String sidecar = Files.readString(this.root.resolve("failed/bad.txt.error.json"));
		assertThat(sidecar).contains("\"reason\" : \"binary content\"", "\"code\" : \"binary\"",
				"\"stage\" : \"extract-text\"",
				"\"exceptionType\" : \"x.Unreadable\"", "\"time\" : \"2026-11-23T10:00:00Z\"");
	}

	@Test
	void storesAnUploadUnderItsKeyInOneStep() throws IOException {
		Path upload = Files.writeString(this.elsewhere.resolve("upload"), "uploaded text");

		BucketObject stored = this.bucket.store("uploads/ab12cd34/article.txt", upload);

		assertThat(stored.key()).isEqualTo("uploads/ab12cd34/article.txt");
		assertThat(stored.size()).isEqualTo(13);
		assertThat(stored.seenAt()).isEqualTo(this.clock.instant());
		assertThat(this.root.resolve("uploads/ab12cd34/article.txt")).hasContent("uploaded text");
		assertThat(Files.list(this.root.resolve("uploads/ab12cd34"))).hasSize(1);
		try (var in = this.bucket.open(stored)) {
			assertThat(in.readAllBytes()).asString().isEqualTo("uploaded text");
		}
	}

	@Test
	void refusesToStoreOverAWaitingFileOrOutsideTheWaitingArea() throws IOException {
		Path upload = Files.writeString(this.elsewhere.resolve("upload"), "x");
		this.bucket.store("uploads/a/article.txt", upload);

		assertThatExceptionOfType(FileAlreadyExistsException.class)
			.isThrownBy(() -> this.bucket.store("uploads/a/article.txt", upload));
		assertThatIllegalArgumentException().isThrownBy(() -> this.bucket.store("processed/article.txt", upload));
		assertThatIllegalArgumentException().isThrownBy(() -> this.bucket.store("../outside.txt", upload));
		assertThatIllegalArgumentException().isThrownBy(() -> this.bucket.store("uploads/.hidden", upload));
		assertThat(this.root.getParent().resolve("outside.txt")).doesNotExist();
	}

	private Path write(String key, String content, Instant modified) throws IOException {
		Path file = this.root.resolve(key);
		Files.createDirectories(file.getParent());
		Files.writeString(file, content);
		Files.setLastModifiedTime(file, FileTime.from(modified));
		return file;
	}

	static final class MutableClock extends Clock {

		private Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

	}

}
