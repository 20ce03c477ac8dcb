package io.articleflow.ingest.bucket;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The S3 bucket against an S3-compatible server (S3Mock) through the real AWS SDK. */
class S3BucketIntegrationTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

	private static S3Client s3;

	@TempDir
	Path dir;

	private String name;

	private S3Bucket bucket;

	@BeforeAll
	static void connect() {
		s3 = S3MockProcess.shared().client();
	}

	@AfterAll
	static void disconnect() {
		s3.close();
	}

	@BeforeEach
	void createBucket() {
		this.name = "ingest-" + UUID.randomUUID().toString().substring(0, 8);
		s3.createBucket(request -> request.bucket(this.name));
		this.bucket = new S3Bucket(s3, this.name, "incoming/", CLOCK, JsonMapper.builder().build());
	}

	@Test
	void listsTheObjectsUnderThePrefixButNotProcessedFailedHiddenOrTemporaryOnes() throws IOException {
		put("incoming/a.txt", "first");
		put("incoming/nested/b.pdf", "second");
		put("incoming/processed/done.txt", "done");
		put("incoming/failed/bad.txt", "bad");
		put("incoming/failed/bad.txt.error.json", "{}");
		put("incoming/upload.txt.part", "partial");
		put("incoming/.hidden.txt", "hidden");
		put("elsewhere/c.txt", "not under the prefix");

		assertThat(this.bucket.pending()).extracting(BucketObject::key, BucketObject::size, BucketObject::seenAt)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("a.txt", 5L, CLOCK.instant()),
					org.assertj.core.groups.Tuple.tuple("nested/b.pdf", 6L, CLOCK.instant()));
		assertThat(this.bucket.pending().get(0).uri()).hasToString("s3://" + this.name + "/incoming/a.txt");
	}

	@Test
	void readsAnObjectsContent() throws IOException {
		put("incoming/a.txt", "ASEAN defence ministers met in Jakarta.");

		try (InputStream in = this.bucket.open(this.bucket.pending().get(0))) {
			assertThat(in.readAllBytes()).asString().isEqualTo("ASEAN defence ministers met in Jakarta.");
		}
	}

	@Test
	void movesAProcessedObjectUnderProcessedByCopyThenDelete() throws IOException {
		put("incoming/nested/a.txt", "text");

		this.bucket.moveToProcessed(this.bucket.pending().get(0));

		assertThat(keys()).containsExactly("incoming/processed/nested/a.txt");
		assertThat(content("incoming/processed/nested/a.txt")).isEqualTo("text");
		assertThat(this.bucket.pending()).isEmpty();
	}

	@Test
	void keepsBothObjectsWhenADifferentOneOfTheSameNameWasProcessedBefore() throws IOException {
		put("incoming/processed/a.txt", "earlier content");
		put("incoming/a.txt", "later content");

		this.bucket.moveToProcessed(this.bucket.pending().get(0));

		assertThat(keys()).containsExactlyInAnyOrder("incoming/processed/a.txt",
				"incoming/processed/a-" + CLOCK.millis() + ".txt");
		assertThat(content("incoming/processed/a.txt")).isEqualTo("earlier content");
	}

	@Test
	void movesAFailedObjectUnderFailedWithASidecarThatSaysWhy() throws IOException {
		put("incoming/scan.png", "png bytes");

		this.bucket.moveToFailed(this.bucket.pending().get(0), new IngestFailure("scan.png",
				"unsupported type image/png", "unsupported-type", "extract-text", "x.Unreadable", CLOCK.instant()));

		assertThat(keys()).containsExactlyInAnyOrder("incoming/failed/scan.png", "incoming/failed/scan.png.error.json");
		IngestFailure sidecar = JsonMapper.builder()
			.build()
			.readValue(content("incoming/failed/scan.png.error.json"), IngestFailure.class);
		assertThat(sidecar).isEqualTo(new IngestFailure("scan.png", "unsupported type image/png", "unsupported-type",
				"extract-text", "x.Unreadable", CLOCK.instant()));
		assertThat(this.bucket.pending()).isEmpty();
	}

	@Test
	void storesAnUploadUnderThePrefixAndRefusesToOverwriteAWaitingObject() throws IOException {
		Path upload = Files.writeString(this.dir.resolve("upload"), "uploaded text");

		BucketObject stored = this.bucket.store("uploads/ab12cd34/article.txt", upload);

		assertThat(stored.key()).isEqualTo("uploads/ab12cd34/article.txt");
		assertThat(stored.size()).isEqualTo(13);
		assertThat(content("incoming/uploads/ab12cd34/article.txt")).isEqualTo("uploaded text");
		assertThatExceptionOfType(java.nio.file.FileAlreadyExistsException.class)
			.isThrownBy(() -> this.bucket.store("uploads/ab12cd34/article.txt", upload));
	}

	@Test
	void reportsAnUnreachableStoreAsAnIOExceptionSoTheFileIsTriedAgain() {
		S3Bucket missing = new S3Bucket(s3, "no-such-bucket-" + UUID.randomUUID().toString().substring(0, 8), "",
				CLOCK, JsonMapper.builder().build());

		assertThatExceptionOfType(IOException.class).isThrownBy(missing::pending)
			.withMessageStartingWith("cannot list s3://no-such-bucket-");
	}

	private void put(String key, String content) {
		s3.putObject(request -> request.bucket(this.name).key(key), RequestBody.fromString(content));
	}

	private String content(String key) {
		return s3.getObjectAsBytes(request -> request.bucket(this.name).key(key)).asUtf8String();
	}

	private java.util.List<String> keys() {
		return s3.listObjectsV2(request -> request.bucket(this.name)).contents().stream().map(S3Object::key).toList();
	}

}
