package io.articleflow.ingest.upload;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import io.articleflow.ingest.bucket.BucketObject;
import io.articleflow.ingest.intake.FileIngestor;
import io.articleflow.ingest.intake.InFlightKeys;
import io.articleflow.ingest.intake.IngestOutcome;
import io.articleflow.ingest.intake.IngestOutcomes;
import io.articleflow.ingest.intake.IngestProgress;

/**
 * Ingests an uploaded document: it is stored in the bucket under {@code uploads/<random>/<safe name>} first, so
 * nothing is lost whatever happens next, then ingested at once by the {@link FileIngestor} like any dropped file
 * (processed/ once published, failed/ with its sidecar when unreadable, left waiting for the watcher when the
 * broker did not acknowledge).
 */
public class FileUploads {

	/** The folder uploads are stored under, in the bucket. */
	public static final String FOLDER = "uploads";

	private final FileIngestor ingestor;

	private final InFlightKeys inFlight;

	private final IngestProgress progress;

	private final IngestOutcomes outcomes;

	public FileUploads(FileIngestor ingestor, InFlightKeys inFlight, IngestProgress progress,
			IngestOutcomes outcomes) {
		this.ingestor = ingestor;
		this.inFlight = inFlight;
		this.progress = progress;
		this.outcomes = outcomes;
	}

	/**
	 * Stores and ingests an upload.
	 * @param originalName the name the client sent, sanitised here
	 * @param content a complete local copy of the upload
	 * @throws IOException when the upload could not be stored in the bucket (nothing was ingested)
	 */
	public Upload ingest(String originalName, Path content) throws IOException {
		return ingest(originalName, content, null);
	}

	/**
	 * Stores and ingests an upload with the date its sender gave.
	 * @param originalName the name the client sent, sanitised here
	 * @param content a complete local copy of the upload
	 * @param published the document's date (ISO 8601) as the sender gave it, or {@code null}: the upload's own time
	 *     says nothing about the document, so without it the event carries no source date
	 * @throws IOException when the upload could not be stored in the bucket (nothing was ingested)
	 */
	public Upload ingest(String originalName, Path content, String published) throws IOException {
		String name = FileNames.sanitise(originalName);
		String key = FOLDER + "/" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()) + "/" + name;
		if (!this.inFlight.claim(key)) {
			throw new IOException("upload key " + key + " is taken");
		}
		try {
			BucketObject stored = this.ingestor.bucket().store(key, content);
			this.progress.seen(key);
			BucketObject upload = new BucketObject(stored.key(), uploadUri(key), stored.size(), stored.seenAt(), published);
			IngestOutcome outcome = this.ingestor.ingest(upload);
			this.outcomes.record(outcome);
			return new Upload(key, name, outcome);
		}
		finally {
			this.inFlight.release(key);
		}
	}

	private static URI uploadUri(String key) {
		try {
			return new URI("upload", key, null);
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException("not a usable key: " + key, ex);
		}
	}

	/**
	 * What became of an upload.
	 *
	 * @param key where it was stored in the bucket (under processed/ or failed/ once finished)
	 * @param fileName its sanitised name
	 * @param outcome what ingest did with it
	 */
	public record Upload(String key, String fileName, IngestOutcome outcome) {
	}

}
