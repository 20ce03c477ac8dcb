package io.articleflow.ingest.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Refuses zip containers (docx, odt) that expand far beyond their size before a parser inflates them into memory.
 * Every entry is inflated once into nothing while counting, so sizes an attacker wrote into the zip directory do
 * not matter: an entry that expands to more than {@code maxCompressionRatio} times its compressed size (past a
 * 1 MiB grace, as small entries legitimately compress well), or a container that expands to more than
 * {@code maxUnpackedSize} in total, is a zip bomb.
 */
final class ZipContainerGuard {

	static final long GRACE = 1024 * 1024;

	private static final int MAX_ENTRIES = 10_000;

	private final long maxCompressionRatio;

	private final long maxUnpackedSize;

	ZipContainerGuard(long maxCompressionRatio, long maxUnpackedSize) {
		this.maxCompressionRatio = maxCompressionRatio;
		this.maxUnpackedSize = maxUnpackedSize;
	}

	/**
	 * Checks the container.
	 * @throws UnreadableContentException as {@link ContentProblem#ZIP_BOMB} when it expands too far
	 * @throws IOException when it cannot be read at all; the parser then says what is wrong with it
	 */
	void check(Path file, ParsePool.Cancellation cancellation) throws IOException, UnreadableContentException {
		long total = 0;
		int entries = 0;
		byte[] buffer = new byte[64 * 1024];
		try (ZipFile zip = new ZipFile(file.toFile())) {
			Enumeration<? extends ZipEntry> all = zip.entries();
			while (all.hasMoreElements()) {
				ZipEntry entry = all.nextElement();
				if (++entries > MAX_ENTRIES) {
					throw bomb("more than " + MAX_ENTRIES + " entries");
				}
				long compressed = Math.max(entry.getCompressedSize(), 1);
				long allowed = Math.max(GRACE, compressed * this.maxCompressionRatio);
				long inflated = 0;
				try (InputStream in = zip.getInputStream(entry)) {
					int read;
					while ((read = in.read(buffer)) != -1) {
						inflated += read;
						total += read;
						if (inflated > allowed) {
							throw bomb("entry " + entry.getName() + " expands to more than " + this.maxCompressionRatio
									+ " times its compressed size of " + compressed + " bytes");
						}
						if (total > this.maxUnpackedSize) {
							throw bomb("the container expands to more than " + this.maxUnpackedSize + " bytes");
						}
						if (cancellation.isCancelled()) {
							throw new IOException("parse cancelled");
						}
					}
				}
			}
		}
		catch (ZipException ex) {
			// not a readable zip: the parser reports the damage
		}
	}

	private static UnreadableContentException bomb(String detail) {
		return new UnreadableContentException(ContentProblem.ZIP_BOMB, "suspected zip bomb: " + detail
				+ " (ingest.parse.max-compression-ratio, ingest.parse.max-unpacked-size)");
	}

}
