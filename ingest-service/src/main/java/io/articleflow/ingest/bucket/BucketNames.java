package io.articleflow.ingest.bucket;

import java.util.Locale;

/** The naming rules every bucket shares. */
public final class BucketNames {

	/** Where files go once their event was acknowledged. */
	public static final String PROCESSED = "processed";

	/** Where files go that cannot be ingested, each with a sidecar saying why. */
	public static final String FAILED = "failed";

	/** The suffix of the sidecar next to a failed file. */
	public static final String SIDECAR_SUFFIX = ".error.json";

	private BucketNames() {
	}

	/**
	 * Whether a key names a file that may still be written, or is not meant for ingest: a hidden name (a segment
	 * starting with a dot) or a temporary one ({@code .part}, {@code .tmp}, {@code .crdownload}, {@code ~}).
	 */
	public static boolean isTemporary(String key) {
		for (String segment : key.split("/")) {
			if (segment.startsWith(".")) {
				return true;
			}
		}
		String name = key.toLowerCase(Locale.ROOT);
		return name.endsWith(".part") || name.endsWith(".tmp") || name.endsWith(".crdownload") || name.endsWith("~");
	}

	/** Whether a key lies in {@code processed/} or {@code failed/}. */
	public static boolean isDone(String key) {
		return key.startsWith(PROCESSED + "/") || key.startsWith(FAILED + "/");
	}

}
