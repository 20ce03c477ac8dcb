package io.articleflow.ingest.bucket;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * A place operators drop article files into. A file leaves it only through {@link #moveToProcessed} (after Kafka
 * acknowledged its event) or {@link #moveToFailed} (with the reason), so nothing is ever lost.
 */
public interface Bucket {

	/** Files that are complete (not still being written) and still waiting, oldest first. */
	List<BucketObject> pending() throws IOException;

	/** The file's content, to be read once and closed. */
	InputStream open(BucketObject object) throws IOException;

	/** Moves the file to {@code processed/}; its event has been acknowledged by the broker. */
	void moveToProcessed(BucketObject object) throws IOException;

	/** Moves the file to {@code failed/} with a sidecar holding the failure. */
	void moveToFailed(BucketObject object, IngestFailure failure) throws IOException;

	/**
	 * Puts a complete file into the bucket under a new key (an HTTP upload), in one step: it is never seen half
	 * written.
	 * @param key where it goes, relative to the bucket, not under {@code processed/} or {@code failed/}
	 * @param content the file's bytes
	 * @throws java.nio.file.FileAlreadyExistsException when a file of that key is already waiting
	 */
	BucketObject store(String key, Path content) throws IOException;

	/** Where the bucket is, for logs: a folder or an {@code s3://} location. */
	String describe();

}
