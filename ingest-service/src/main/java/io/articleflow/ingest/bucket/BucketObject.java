package io.articleflow.ingest.bucket;

import java.net.URI;
import java.time.Instant;

/**
 * A complete file waiting in a bucket.
 *
 * @param key the file's path relative to the bucket root, with {@code /} separators
 * @param uri where the file is, for the event's source
 * @param size its size in bytes when it was found complete
 * @param seenAt when the bucket first saw it
 */
public record BucketObject(String key, URI uri, long size, Instant seenAt) {

	/** The file's name without folders. */
	public String fileName() {
		int slash = this.key.lastIndexOf('/');
		return slash < 0 ? this.key : this.key.substring(slash + 1);
	}

}
