package io.articleflow.ingest.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

import io.articleflow.ingest.bucket.Bucket;
import io.articleflow.ingest.bucket.BucketObject;
import io.articleflow.ingest.bucket.IngestFailure;

/** A bucket that does what another does, for tests to change one step. */
class ForwardingBucket implements Bucket {

	private final Bucket delegate;

	ForwardingBucket(Bucket delegate) {
		this.delegate = delegate;
	}

	@Override
	public List<BucketObject> pending() throws IOException {
		return this.delegate.pending();
	}

	@Override
	public InputStream open(BucketObject object) throws IOException {
		return this.delegate.open(object);
	}

	@Override
	public void moveToProcessed(BucketObject object) throws IOException {
		this.delegate.moveToProcessed(object);
	}

	@Override
	public void moveToFailed(BucketObject object, IngestFailure failure) throws IOException {
		this.delegate.moveToFailed(object, failure);
	}

	@Override
	public BucketObject store(String key, Path content) throws IOException {
		return this.delegate.store(key, content);
	}

	@Override
	public String describe() {
		return this.delegate.describe();
	}

}
