package io.articleflow.ingest.upload;

import java.util.regex.Pattern;

import io.articleflow.ingest.bucket.BucketNames;

/**
 * Makes a client's file name safe to use as the last part of a bucket key: only the name is kept (no folders, so
 * {@code ../} and absolute paths cannot leave the upload's folder), without control or reserved characters,
 * without a leading dot (hidden files are never ingested) and not a temporary name.
 */
public final class FileNames {

	/** The name of an upload that came without a usable one. */
	public static final String FALLBACK = "upload";

	private static final Pattern UNSAFE = Pattern.compile("[\\p{Cntrl}<>:\"|?*\\\\/]");

	private static final int MAX_LENGTH = 200;

	private FileNames() {
	}

	/** The safe form of the name a client sent. */
	public static String sanitise(String original) {
		if (original == null) {
			return FALLBACK;
		}
		String name = original.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1);
		name = UNSAFE.matcher(name).replaceAll("_").strip();
		while (name.startsWith(".") || name.startsWith(" ")) {
			name = name.substring(1);
		}
		while (name.endsWith(".") || name.endsWith(" ")) {
			name = name.substring(0, name.length() - 1);
		}
		if (name.isEmpty()) {
			return FALLBACK;
		}
		if (BucketNames.isTemporary(name)) {
			name = name + "-upload";
		}
		if (name.length() > MAX_LENGTH) {
			int dot = name.lastIndexOf('.');
			String extension = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
			name = name.substring(0, MAX_LENGTH - extension.length()) + extension;
		}
		return name;
	}

}
