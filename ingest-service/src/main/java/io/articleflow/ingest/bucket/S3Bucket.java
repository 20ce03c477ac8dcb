package io.articleflow.ingest.bucket;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;
import tools.jackson.databind.json.JsonMapper;

/**
 * An S3 (or S3-compatible) bucket and prefix as the ingest bucket. Objects are complete once listed (S3 shows an
 * object only after its upload finished); hidden and temporary names are skipped as in a folder. Moving is copy,
 * then delete: a crash in between leaves the object waiting as well as copied, so it is ingested again (the same
 * document id) rather than lost. A failed object's sidecar is written before the original is deleted.
 */
public class S3Bucket implements Bucket {

	private final S3Client s3;

	private final String bucket;

	private final String prefix;

	private final Clock clock;

	private final JsonMapper json;

	private final Map<String, Seen> seen = new ConcurrentHashMap<>();

	/**
	 * @param s3 the client
	 * @param bucket the bucket's name
	 * @param prefix the key prefix, empty or ending with {@code /}
	 */
	public S3Bucket(S3Client s3, String bucket, String prefix, Clock clock, JsonMapper json) {
		this.s3 = s3;
		this.bucket = bucket;
		this.prefix = prefix;
		this.clock = clock;
		this.json = json;
	}

	@Override
	public List<BucketObject> pending() throws IOException {
		Instant now = this.clock.instant();
		List<S3Object> objects = new ArrayList<>();
		try {
			// one level with a delimiter, so processed/ and failed/ (which grow for ever) are never listed
			List<String> folders = new ArrayList<>();
			forEachPage(ListObjectsV2Request.builder().bucket(this.bucket).prefix(this.prefix).delimiter("/").build(),
					page -> {
						objects.addAll(page.contents());
						page.commonPrefixes().stream().map(CommonPrefix::prefix).forEach(folders::add);
					});
			for (String folder : folders) {
				String relative = folder.substring(this.prefix.length());
				if (relative.equals(BucketNames.PROCESSED + "/") || relative.equals(BucketNames.FAILED + "/")) {
					continue;
				}
				forEachPage(ListObjectsV2Request.builder().bucket(this.bucket).prefix(folder).build(),
						page -> objects.addAll(page.contents()));
			}
		}
		catch (SdkException ex) {
			throw new IOException("cannot list " + describe() + ": " + ex.getMessage(), ex);
		}
		Set<String> present = new HashSet<>();
		List<BucketObject> pending = new ArrayList<>();
		for (S3Object object : objects) {
			String key = object.key().substring(this.prefix.length());
			if (key.isEmpty() || key.endsWith("/") || BucketNames.isDone(key) || BucketNames.isTemporary(key)) {
				continue;
			}
			present.add(key);
			Seen first = this.seen.compute(key,
					(k, previous) -> previous != null && previous.eTag.equals(object.eTag()) ? previous
							: new Seen(object.eTag(), now));
			pending.add(new BucketObject(key, uri(object.key()), object.size(), first.at,
					BucketObject.modifiedAt(object.lastModified())));
		}
		this.seen.keySet().retainAll(present);
		pending.sort(Comparator.comparing(BucketObject::seenAt).thenComparing(BucketObject::key));
		return pending;
	}

	@Override
	public InputStream open(BucketObject object) throws IOException {
		try {
			return this.s3.getObject(request -> request.bucket(this.bucket).key(this.prefix + object.key()));
		}
		catch (SdkException ex) {
			throw new IOException("cannot read " + uri(this.prefix + object.key()) + ": " + ex.getMessage(), ex);
		}
	}

	@Override
	public void moveToProcessed(BucketObject object) throws IOException {
		move(object, BucketNames.PROCESSED, null);
	}

	@Override
	public void moveToFailed(BucketObject object, IngestFailure failure) throws IOException {
		move(object, BucketNames.FAILED, failure);
	}

	@Override
	public BucketObject store(String key, Path content) throws IOException {
		if (BucketNames.isDone(key) || BucketNames.isTemporary(key) || key.startsWith("/") || key.contains("..")) {
			throw new IllegalArgumentException("not a key for a waiting file: " + key);
		}
		String full = this.prefix + key;
		try {
			if (head(full) != null) {
				throw new FileAlreadyExistsException(key);
			}
			this.s3.putObject(request -> request.bucket(this.bucket).key(full), RequestBody.fromFile(content));
			HeadObjectResponse stored = head(full);
			long size = stored == null ? content.toFile().length() : stored.contentLength();
			return new BucketObject(key, uri(full), size, this.clock.instant(),
					stored == null ? null : BucketObject.modifiedAt(stored.lastModified()));
		}
		catch (SdkException ex) {
			throw new IOException("cannot store " + uri(full) + ": " + ex.getMessage(), ex);
		}
	}

	@Override
	public String describe() {
		return "s3://" + this.bucket + "/" + this.prefix;
	}

	private void move(BucketObject object, String folder, IngestFailure failure) throws IOException {
		String source = this.prefix + object.key();
		try {
			HeadObjectResponse original = head(source);
			if (original == null) {
				throw new IOException("cannot move " + uri(source) + ": it is gone");
			}
			String target = this.prefix + folder + "/" + object.key();
			HeadObjectResponse existing = head(target);
			if (existing != null && !existing.eTag().equals(original.eTag())) {
				target = withSuffix(target, "-" + this.clock.millis());
			}
			String destination = target;
			this.s3.copyObject(request -> request.sourceBucket(this.bucket)
				.sourceKey(source)
				.destinationBucket(this.bucket)
				.destinationKey(destination));
			if (failure != null) {
				byte[] sidecar = this.json.writerWithDefaultPrettyPrinter().writeValueAsBytes(failure);
				this.s3.putObject(request -> request.bucket(this.bucket)
					.key(destination + BucketNames.SIDECAR_SUFFIX)
					.contentType("application/json"), RequestBody.fromBytes(sidecar));
			}
			this.s3.deleteObject(request -> request.bucket(this.bucket).key(source));
			this.seen.remove(object.key());
		}
		catch (SdkException ex) {
			throw new IOException("cannot move " + uri(source) + " to " + folder + "/: " + ex.getMessage(), ex);
		}
	}

	private HeadObjectResponse head(String key) {
		try {
			return this.s3.headObject(request -> request.bucket(this.bucket).key(key));
		}
		catch (S3Exception ex) {
			if (ex.statusCode() == 404) {
				return null;
			}
			throw ex;
		}
	}

	private void forEachPage(ListObjectsV2Request first, java.util.function.Consumer<ListObjectsV2Response> action) {
		this.s3.listObjectsV2Paginator(first).forEach(action);
	}

	private URI uri(String fullKey) {
		try {
			return new URI("s3", this.bucket, "/" + fullKey, null);
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException("not a usable S3 key: " + fullKey, ex);
		}
	}

	private static String withSuffix(String key, String suffix) {
		int slash = key.lastIndexOf('/');
		int dot = key.lastIndexOf('.');
		return dot > slash + 1 ? key.substring(0, dot) + suffix + key.substring(dot) : key + suffix;
	}

	private record Seen(String eTag, Instant at) {
	}

}
