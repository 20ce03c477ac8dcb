package io.articleflow.ingest.bucket;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A complete file waiting in a bucket.
 *
 * @param key the file's path relative to the bucket root, with {@code /} separators
 * @param uri where the file is, for the event's source
 * @param size its size in bytes when it was found complete
 * @param seenAt when the bucket first saw it
 * @param documentDate the document's own date as the bucket gives it (ISO 8601: the file's last-modified time, the
 *     object's {@code LastModified}, an upload's {@code published} field), or {@code null}
 */
public record BucketObject(String key, URI uri, long size, Instant seenAt, String documentDate) {

	/** A file whose source gives no date of the document. */
	public BucketObject(String key, URI uri, long size, Instant seenAt) {
		this(key, uri, size, seenAt, null);
	}

	/** The ISO 8601 form of a last-modified time, to the second: {@code 2024-05-03T08:15:30Z}. */
	public static String modifiedAt(Instant modified) {
		return modified == null ? null : modified.truncatedTo(ChronoUnit.SECONDS).toString();
	}

	/** The same file with another document date. */
	public BucketObject withDocumentDate(String date) {
		return new BucketObject(this.key, this.uri, this.size, this.seenAt, date);
	}

	/** The file's name without folders. */
	public String fileName() {
		int slash = this.key.lastIndexOf('/');
		return slash < 0 ? this.key : this.key.substring(slash + 1);
	}

}
