package io.articleflow.ingest.intake;

import java.io.IOException;
import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.articleflow.common.event.ArticleIngested;
import io.articleflow.common.event.DocumentIds;
import io.articleflow.common.event.SourceFile;
import io.articleflow.ingest.bucket.Bucket;
import io.articleflow.ingest.bucket.BucketObject;
import io.articleflow.ingest.bucket.IngestFailure;
import io.articleflow.ingest.publish.ArticlePublisher;
import io.articleflow.ingest.publish.PublishFailedException;
import io.articleflow.ingest.text.ExtractedText;
import io.articleflow.ingest.text.TextExtractor;
import io.articleflow.ingest.text.UnreadableContentException;

/**
 * Ingests one file: read, extract text, publish, and move it out of the bucket only once its fate is certain.
 * A file whose content cannot be read goes to failed/ with the reason; a file whose event the broker did not
 * acknowledge stays where it is and is tried again on the next scan.
 */
public class FileIngestor {

	private static final Logger log = LoggerFactory.getLogger(FileIngestor.class);

	private final Bucket bucket;

	private final TextExtractor extractor;

	private final ArticlePublisher publisher;

	private final Clock clock;

	public FileIngestor(Bucket bucket, TextExtractor extractor, ArticlePublisher publisher, Clock clock) {
		this.bucket = bucket;
		this.extractor = extractor;
		this.publisher = publisher;
		this.clock = clock;
	}

	/** Ingests the file and says what became of it. */
	public IngestOutcome ingest(BucketObject object) {
		byte[] content;
		try {
			content = this.bucket.read(object);
		}
		catch (IOException ex) {
			return deferred(object, "cannot read the file yet: " + ex.getMessage(), ex);
		}
		ExtractedText extracted;
		try {
			extracted = this.extractor.extract(content, object.fileName());
		}
		catch (UnreadableContentException ex) {
			return failed(object, ex.getMessage(), "extract-text", ex);
		}
		ArticleIngested event = new ArticleIngested(DocumentIds.of(extracted.text()),
				new SourceFile(object.uri().toString(), object.fileName(), extracted.mediaType(), content.length,
						DocumentIds.checksum(content), extracted.metadata()),
				extracted.text(), object.seenAt(), this.clock.instant());
		try {
			this.publisher.publish(event);
		}
		catch (PublishFailedException ex) {
			return deferred(object, ex.getMessage(), ex);
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
		return new IngestOutcome(object.key(), IngestOutcome.Status.PUBLISHED, event.documentId(), null);
	}

	private IngestOutcome failed(BucketObject object, String reason, String stage, Exception cause) {
		IngestFailure failure = new IngestFailure(object.key(), reason, stage, cause.getClass().getName(),
				this.clock.instant());
		try {
			this.bucket.moveToFailed(object, failure);
		}
		catch (IOException ex) {
			return deferred(object, "cannot move to failed/: " + ex.getMessage(), ex);
		}
		log.warn("Moved {} to failed/: {}", object.key(), reason);
		return new IngestOutcome(object.key(), IngestOutcome.Status.FAILED, null, reason);
	}

	private IngestOutcome deferred(BucketObject object, String reason, Exception cause) {
		log.warn("Will retry {}: {}", object.key(), reason, cause);
		return new IngestOutcome(object.key(), IngestOutcome.Status.DEFERRED, null, reason);
	}

}
