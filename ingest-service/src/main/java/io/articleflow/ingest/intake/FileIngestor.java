package io.articleflow.ingest.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.articleflow.common.event.ArticleIngested;
import io.articleflow.common.event.DocumentIds;
import io.articleflow.common.event.SourceFile;
import io.articleflow.common.tracing.DocumentTracing;
import io.articleflow.ingest.bucket.Bucket;
import io.articleflow.ingest.bucket.BucketObject;
import io.articleflow.ingest.bucket.IngestFailure;
import io.articleflow.ingest.publish.ArticlePublisher;
import io.articleflow.ingest.publish.EventTooLargeException;
import io.articleflow.ingest.publish.PublishFailedException;
import io.articleflow.ingest.text.ContentProblem;
import io.articleflow.ingest.text.ExtractedText;
import io.articleflow.ingest.text.TextExtractor;
import io.articleflow.ingest.text.UnreadableContentException;

/**
 * Ingests one file, whichever bucket or upload it came through: copy it (bounded by the maximum file size), read
 * its text, publish, and move it out of the bucket only once its fate is certain. A file whose content cannot be
 * read goes to failed/ with the reason; a file whose event the broker did not acknowledge, or that could not be
 * read from the bucket, stays where it is and is tried again on the next scan. A crash at any point therefore
 * leaves the file waiting (it is published again, under the same document id) or moved; never lost.
 */
public class FileIngestor {

	private static final Logger log = LoggerFactory.getLogger(FileIngestor.class);

	private final Bucket bucket;

	private final TextExtractor extractor;

	private final ArticlePublisher publisher;

	private final long maxFileSize;

	private final Clock clock;

	private final DocumentTracing tracing;

	private final ObservationRegistry observations;

	/**
	 * An ingestor that traces nothing.
	 * @param maxFileSize the largest file read, in bytes; larger ones go to failed/ unread
	 */
	public FileIngestor(Bucket bucket, TextExtractor extractor, ArticlePublisher publisher, long maxFileSize,
			Clock clock) {
		this(bucket, extractor, publisher, maxFileSize, clock, DocumentTracing.noop(), ObservationRegistry.NOOP);
	}

	/**
	 * @param maxFileSize the largest file read, in bytes; larger ones go to failed/ unread
	 * @param tracing puts the document id into the trace each file starts
	 * @param observations where the {@code articleflow.ingest.file} observation (span and timer) of each file goes
	 */
	public FileIngestor(Bucket bucket, TextExtractor extractor, ArticlePublisher publisher, long maxFileSize,
			Clock clock, DocumentTracing tracing, ObservationRegistry observations) {
		this.bucket = bucket;
		this.extractor = extractor;
		this.publisher = publisher;
		this.maxFileSize = maxFileSize;
		this.clock = clock;
		this.tracing = tracing;
		this.observations = observations;
	}

	/** The bucket files are ingested from. */
	public Bucket bucket() {
		return this.bucket;
	}

	/**
	 * Ingests the file and says what became of it. Each file starts a trace (or continues the upload request's)
	 * that the published event carries on to extract-service and index-service.
	 */
	public IngestOutcome ingest(BucketObject object) {
		return Observation.createNotStarted("articleflow.ingest.file", this.observations)
			.contextualName("ingest " + object.fileName())
			.observe(() -> ingestObserved(object));
	}

	private IngestOutcome ingestObserved(BucketObject object) {
		if (object.size() > this.maxFileSize) {
			return failed(object, tooLarge(object.size()), ContentProblem.TOO_LARGE.code(), "read",
					new UnreadableContentException(ContentProblem.TOO_LARGE, "too large"));
		}
		Path copy = null;
		try {
			Copy local;
			try {
				copy = Files.createTempFile("ingest-", ".bin");
				local = copy(object, copy);
			}
			catch (UnreadableContentException ex) {
				return failed(object, ex.getMessage(), ex.problem().code(), "read", ex);
			}
			catch (IOException ex) {
				return deferred(object, null, "cannot read the file yet: " + ex.getMessage(),
						IngestOutcome.BUCKET_ERROR, ex);
			}
			ExtractedText extracted;
			try {
				extracted = this.extractor.extract(copy, object.fileName());
			}
			catch (UnreadableContentException ex) {
				return failed(object, ex.getMessage(), ex.problem().code(), "extract-text", ex);
			}
			catch (IOException ex) {
				return deferred(object, null, "cannot read the file yet: " + ex.getMessage(),
						IngestOutcome.BUCKET_ERROR, ex);
			}
			ArticleIngested event = new ArticleIngested(DocumentIds.of(extracted.text()),
					new SourceFile(object.uri().toString(), object.fileName(), extracted.mediaType(), local.size(),
							local.checksum(), extracted.metadata(), object.documentDate()),
					extracted.text(), object.seenAt(), this.clock.instant());
			return publishAndMove(object, event);
		}
		finally {
			deleteQuietly(copy);
		}
	}

	private IngestOutcome publishAndMove(BucketObject object, ArticleIngested event) {
		return this.tracing.withDocument(event.documentId(), () -> publishAndMoveTraced(object, event));
	}

	private IngestOutcome publishAndMoveTraced(BucketObject object, ArticleIngested event) {
		try {
			this.publisher.publish(event);
		}
		catch (EventTooLargeException ex) {
			return failed(object, ex.getMessage(), ContentProblem.TEXT_TOO_LARGE.code(), "publish", ex);
		}
		catch (PublishFailedException ex) {
			return deferred(object, event.documentId(), ex.getMessage(), IngestOutcome.BROKER_UNAVAILABLE, ex);
		}
		try {
			this.bucket.moveToProcessed(object);
		}
		catch (IOException ex) {
			// the event is published: downstream is idempotent, so publishing it again on the next scan is harmless
			log.warn("Published {} as {} but could not move it to processed/: {}", object.key(), event.documentId(),
					ex.toString());
		}
		log.info("Published {} as document {}", object.key(), event.documentId());
		return IngestOutcome.published(object.key(), event.documentId());
	}

	/**
	 * Copies the file with its checksum, refusing to copy more than the maximum file size (the listed size may be
	 * out of date).
	 */
	private Copy copy(BucketObject object, Path target) throws IOException, UnreadableContentException {
		MessageDigest sha256;
		try {
			sha256 = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JVM provides SHA-256", ex);
		}
		long size = 0;
		byte[] buffer = new byte[64 * 1024];
		try (InputStream in = new DigestInputStream(this.bucket.open(object), sha256);
				OutputStream out = Files.newOutputStream(target)) {
			int read;
			while ((read = in.read(buffer)) != -1) {
				size += read;
				if (size > this.maxFileSize) {
					throw new UnreadableContentException(ContentProblem.TOO_LARGE,
							"the file is larger than the limit of " + limit());
				}
				out.write(buffer, 0, read);
			}
		}
		return new Copy(size, "sha256:" + HexFormat.of().formatHex(sha256.digest()));
	}

	private String tooLarge(long size) {
		return "the file is " + size + " bytes, over the limit of " + limit();
	}

	private String limit() {
		return this.maxFileSize + " bytes (" + describeSize(this.maxFileSize) + ", ingest.limits.max-file-size)";
	}

	static String describeSize(long bytes) {
		if (bytes < 1024) {
			return bytes + " bytes";
		}
		if (bytes < 1024 * 1024) {
			return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
		}
		return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
	}

	private IngestOutcome failed(BucketObject object, String reason, String code, String stage, Exception cause) {
		IngestFailure failure = new IngestFailure(object.key(), reason, code, stage, cause.getClass().getName(),
				this.clock.instant());
		try {
			this.bucket.moveToFailed(object, failure);
		}
		catch (IOException ex) {
			return deferred(object, null, "cannot move to failed/: " + ex.getMessage(), IngestOutcome.BUCKET_ERROR,
					ex);
		}
		log.warn("Moved {} to failed/: {}", object.key(), reason);
		return new IngestOutcome(object.key(), IngestOutcome.Status.FAILED, null, reason, code);
	}

	private IngestOutcome deferred(BucketObject object, String documentId, String reason, String code,
			Exception cause) {
		// every retry of a file logs this while the broker is down: the stack trace only at debug level
		log.warn("Will retry {}: {}", object.key(), reason);
		log.debug("Deferred {}", object.key(), cause);
		return new IngestOutcome(object.key(), IngestOutcome.Status.DEFERRED, documentId, reason, code);
	}

	private record Copy(long size, String checksum) {
	}

	private static void deleteQuietly(Path file) {
		if (file == null) {
			return;
		}
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			log.warn("Could not delete the temporary copy {}: {}", file, ex.toString());
		}
	}

}
