package io.articleflow.ingest.bucket;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.json.JsonMapper;

/**
 * A folder on disk as the ingest bucket. A file counts as complete once its size and modification time have not
 * changed for {@code settleTime}; files with a temporary name are never picked up, so writers that rename into the
 * folder are picked up at once and writers that write in place are waited for.
 */
public class DirectoryBucket implements Bucket {

	static final String PROCESSED = BucketNames.PROCESSED;

	static final String FAILED = BucketNames.FAILED;

	static final String SIDECAR_SUFFIX = BucketNames.SIDECAR_SUFFIX;

	private final Path root;

	private final Duration settleTime;

	private final Clock clock;

	private final JsonMapper json;

	private final Map<Path, Observation> observations = new ConcurrentHashMap<>();

	public DirectoryBucket(Path root, Duration settleTime, Clock clock, JsonMapper json) throws IOException {
		this.root = root.toAbsolutePath().normalize();
		this.settleTime = settleTime;
		this.clock = clock;
		this.json = json;
		Files.createDirectories(this.root.resolve(PROCESSED));
		Files.createDirectories(this.root.resolve(FAILED));
	}

	/** The bucket's folder. */
	public Path root() {
		return this.root;
	}

	@Override
	public List<BucketObject> pending() throws IOException {
		Instant now = this.clock.instant();
		Set<Path> present = new HashSet<>();
		List<BucketObject> complete = new ArrayList<>();
		Files.walkFileTree(this.root, new SimpleFileVisitor<>() {

			@Override
			public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
				// processed/ and failed/ only ever grow, and hidden folders hold nothing to ingest: not looked into
				return folder.equals(DirectoryBucket.this.root) || !isDoneOrHidden(folder) ? FileVisitResult.CONTINUE
						: FileVisitResult.SKIP_SUBTREE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes link) throws IOException {
				// the walk read the attributes already: one stat per file and scan (two for a symbolic link)
				BasicFileAttributes attributes = link.isSymbolicLink() ? target(file) : link;
				if (attributes == null || !attributes.isRegularFile() || BucketNames.isTemporary(key(file))) {
					return FileVisitResult.CONTINUE;
				}
				present.add(file);
				Observation seen = DirectoryBucket.this.observations.compute(file,
						(path, previous) -> Observation.next(previous, attributes, now));
				if (seen.isSettled(now, DirectoryBucket.this.settleTime)) {
					complete.add(new BucketObject(key(file), file.toUri(), attributes.size(), seen.firstSeen(),
							BucketObject.modifiedAt(seen.modified())));
				}
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFileFailed(Path file, IOException ex) throws IOException {
				return skipIfVanished(ex);
			}

			@Override
			public FileVisitResult postVisitDirectory(Path folder, IOException ex) throws IOException {
				return ex == null ? FileVisitResult.CONTINUE : skipIfVanished(ex);
			}

		});
		this.observations.keySet().retainAll(present);
		complete.sort(Comparator.comparing(BucketObject::seenAt).thenComparing(BucketObject::key));
		return complete;
	}

	/** A file or folder moved away (ingested, or an emptied folder removed) while the walk ran: the next scan sees it. */
	private static FileVisitResult skipIfVanished(IOException ex) throws IOException {
		if (ex instanceof NoSuchFileException) {
			return FileVisitResult.CONTINUE;
		}
		throw ex;
	}

	/** The attributes of the file a symbolic link points to, or {@code null} when it points nowhere. */
	private static BasicFileAttributes target(Path link) throws IOException {
		try {
			return Files.readAttributes(link, BasicFileAttributes.class);
		}
		catch (NoSuchFileException ex) {
			return null;
		}
	}

	private boolean isDoneOrHidden(Path folder) {
		String key = key(folder);
		return key.equals(PROCESSED) || key.equals(FAILED) || folder.getFileName().toString().startsWith(".");
	}

	@Override
	public InputStream open(BucketObject object) throws IOException {
		return Files.newInputStream(resolve(object));
	}

	@Override
	public BucketObject store(String key, Path content) throws IOException {
		if (BucketNames.isDone(key) || BucketNames.isTemporary(key)) {
			throw new IllegalArgumentException("not a key for a waiting file: " + key);
		}
		Path target = resolve(key);
		if (Files.exists(target)) {
			throw new FileAlreadyExistsException(key);
		}
		Files.createDirectories(target.getParent());
		// written under a hidden name, then renamed: the scan never sees it half written
		Path partial = target.resolveSibling("." + UUID.randomUUID() + ".part");
		try {
			Files.copy(content, partial);
			Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (java.nio.file.AtomicMoveNotSupportedException ex) {
			Files.move(partial, target);
		}
		finally {
			Files.deleteIfExists(partial);
		}
		return new BucketObject(key, target.toUri(), Files.size(target), this.clock.instant(),
				BucketObject.modifiedAt(Files.getLastModifiedTime(target).toInstant()));
	}

	@Override
	public String describe() {
		return this.root.toString();
	}

	@Override
	public void moveToProcessed(BucketObject object) throws IOException {
		moveInto(PROCESSED, object);
	}

	@Override
	public void moveToFailed(BucketObject object, IngestFailure failure) throws IOException {
		Path target = moveInto(FAILED, object);
		// the sidecar is written after the move: a crash in between leaves the file in failed/ without a reason
		// rather than a reason for a file that is still waiting
		Path sidecar = target.resolveSibling(target.getFileName() + SIDECAR_SUFFIX);
		Files.writeString(sidecar, this.json.writerWithDefaultPrettyPrinter().writeValueAsString(failure));
	}

	private Path moveInto(String folder, BucketObject object) throws IOException {
		Path source = resolve(object);
		Path target = this.root.resolve(folder).resolve(object.key()).normalize();
		// createDirectories throws and catches an exception for a folder that exists: most moves go to one
		if (!Files.isDirectory(target.getParent())) {
			Files.createDirectories(target.getParent());
		}
		if (Files.exists(target) && !sameContent(source, target)) {
			target = withSuffix(target, "-" + this.clock.millis());
		}
		try {
			Files.move(source, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (FileAlreadyExistsException | java.nio.file.AtomicMoveNotSupportedException ex) {
			Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
		}
		this.observations.remove(source);
		removeEmptyFolders(source.getParent());
		return target;
	}

	/**
	 * Removes the folders a moved file leaves empty (an upload's own folder, a dropped batch folder), up to the
	 * bucket's root. A folder that gained a file in the meantime is not empty and stays.
	 */
	private void removeEmptyFolders(Path folder) {
		for (Path current = folder; current != null && current.startsWith(this.root) && !current.equals(this.root);
				current = current.getParent()) {
			try {
				Files.delete(current);
			}
			catch (IOException ex) {
				// not empty (or already gone): nothing more to tidy up
				return;
			}
		}
	}

	private Path resolve(BucketObject object) {
		return resolve(object.key());
	}

	private Path resolve(String key) {
		Path file = this.root.resolve(key).normalize();
		if (!file.startsWith(this.root) || file.equals(this.root)) {
			throw new IllegalArgumentException("key leaves the bucket: " + key);
		}
		return file;
	}

	private String key(Path file) {
		return this.root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
	}

	private static boolean sameContent(Path a, Path b) throws IOException {
		return Files.size(a) == Files.size(b) && Files.mismatch(a, b) == -1;
	}

	private static Path withSuffix(Path file, String suffix) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		String renamed = dot > 0 ? name.substring(0, dot) + suffix + name.substring(dot) : name + suffix;
		return file.resolveSibling(renamed);
	}

	/** What a scan saw of a file: it is complete once nothing changed for the settle time. */
	private record Observation(long size, Instant modified, Instant firstSeen, Instant unchangedSince) {

		static Observation next(Observation previous, BasicFileAttributes attributes, Instant now) {
			Instant modified = attributes.lastModifiedTime().toInstant();
			if (previous != null && previous.size == attributes.size() && previous.modified.equals(modified)) {
				return previous;
			}
			Instant firstSeen = previous == null ? now : previous.firstSeen;
			// a file last modified long ago (copied or moved in whole) has been unchanged since then
			Instant unchangedSince = previous == null && modified.isBefore(now) ? modified : now;
			return new Observation(attributes.size(), modified, firstSeen, unchangedSince);
		}

		boolean isSettled(Instant now, Duration settleTime) {
			return !this.unchangedSince.plus(settleTime).isAfter(now);
		}

	}

}
