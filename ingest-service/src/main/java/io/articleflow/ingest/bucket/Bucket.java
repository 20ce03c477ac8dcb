package io.articleflow.ingest.bucket;

import java.io.IOException;
import java.util.List;

/**
 * A place operators drop article files into. A file leaves it only through {@link #moveToProcessed} (after Kafka
 * acknowledged its event) or {@link #moveToFailed} (with the reason), so nothing is ever lost.
 */
public interface Bucket {

	/** Files that are complete (not still being written) and still waiting, oldest first. */
	List<BucketObject> pending() throws IOException;

	/** The file's bytes. */
	byte[] read(BucketObject object) throws IOException;

	/** Moves the file to {@code processed/}; its event has been acknowledged by the broker. */
	void moveToProcessed(BucketObject object) throws IOException;

	/** Moves the file to {@code failed/} with a sidecar holding the failure. */
	void moveToFailed(BucketObject object, IngestFailure failure) throws IOException;

}
