package io.articleflow.ingest.intake;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

import io.articleflow.ingest.bucket.Bucket;
import io.articleflow.ingest.bucket.BucketObject;

/**
 * Scans the bucket every poll interval and hands each complete file to a bounded pool of workers, never the same
 * file to two workers (nor to a worker while an upload of it is being ingested: both claim it in
 * {@link InFlightKeys}). A listing reads the attributes of every waiting file, so with thousands waiting the bucket
 * is not listed again while the workers have enough to do: only once their queue is down to
 * {@value #QUEUED_PER_WORKER} files per worker (then at once, not at the next poll), or after
 * {@link #RELIST_WHILE_BUSY} (so the time files are seen, and the pending count, stay close to the truth). Files
 * are claimed oldest first, at most {@value #MAX_QUEUED} ahead. Stopping waits for the files in progress, so a
 * shutdown does not leave a file published but not moved (that would only cost a harmless re-publication, but there
 * is no need for it).
 */
public class BucketWatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(BucketWatcher.class);

	/** Files queued per worker at or below which the bucket is listed again. */
	static final int QUEUED_PER_WORKER = 4;

	/** Files claimed ahead of the workers at most: bounds the memory a huge backlog takes. */
	static final int MAX_QUEUED = 10_000;

	/** The longest the bucket goes unlisted while the workers are busy. */
	static final Duration RELIST_WHILE_BUSY = Duration.ofSeconds(5);

	private final Bucket bucket;

	private final FileIngestor ingestor;

	private final Duration pollInterval;

	private final int workers;

	private final InFlightKeys inFlight;

	private final IngestProgress progress;

	private final IngestOutcomes outcomes;

	private final int lowWater;

	/** Files handed to the pool and not finished yet. */
	private final AtomicInteger queued = new AtomicInteger();

	/** When the last listing began, as {@link System#nanoTime()}; touched by the scanner thread only. */
	private long listedAt;

	private ScheduledExecutorService scanner;

	private ExecutorService pool;

	private volatile boolean running;

	/**
	 * @param inFlight the files being ingested, shared with uploads
	 * @param progress counts the files seen and pending
	 * @param outcomes receives what became of each file
	 */
	public BucketWatcher(Bucket bucket, FileIngestor ingestor, Duration pollInterval, int workers,
			InFlightKeys inFlight, IngestProgress progress, IngestOutcomes outcomes) {
		this.bucket = bucket;
		this.ingestor = ingestor;
		this.pollInterval = pollInterval;
		this.workers = workers;
		this.lowWater = QUEUED_PER_WORKER * workers;
		this.inFlight = inFlight;
		this.progress = progress;
		this.outcomes = outcomes;
	}

	@Override
	public void start() {
		this.pool = Executors.newFixedThreadPool(this.workers, Thread.ofPlatform().name("ingest-", 0).factory());
		this.scanner = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("bucket-scan").factory());
		this.scanner.scheduleWithFixedDelay(this::scan, 0, this.pollInterval.toMillis(), TimeUnit.MILLISECONDS);
		this.running = true;
		log.info("Watching {} every {}", this.bucket.describe(), this.pollInterval);
	}

	/** One scan: dispatch the complete files no worker holds yet, oldest first, as many as the queue takes. */
	void scan() {
		long started = System.nanoTime();
		if (this.queued.get() > this.lowWater && started - this.listedAt < RELIST_WHILE_BUSY.toNanos()) {
			// the workers have enough to do: a listing now would mostly re-read files already claimed
			return;
		}
		this.listedAt = started;
		try {
			List<BucketObject> pending = this.bucket.pending();
			this.progress.pending(pending.size());
			for (BucketObject object : pending) {
				if (this.queued.get() >= MAX_QUEUED) {
					break;
				}
				if (this.inFlight.claim(object.key(), started)) {
					this.progress.seen(object.key());
					this.queued.incrementAndGet();
					try {
						this.pool.execute(() -> ingest(object));
					}
					catch (RuntimeException ex) {
						this.queued.decrementAndGet();
						this.inFlight.release(object.key());
						throw ex;
					}
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			if (!this.running) {
				log.debug("Bucket scan interrupted by the shutdown", ex);
				return;
			}
			// the scanner must survive anything: a vanished folder, a permission problem fixed later
			log.error("Bucket scan of {} failed; trying again in {} ms", this.bucket.describe(),
					this.pollInterval.toMillis(), ex);
		}
		this.inFlight.forgetFinishedBefore(started);
	}

	private void ingest(BucketObject object) {
		try {
			this.outcomes.record(this.ingestor.ingest(object));
		}
		catch (RuntimeException ex) {
			log.error("Ingesting {} failed unexpectedly; it stays in the bucket", object.key(), ex);
		}
		finally {
			this.inFlight.release(object.key());
			if (this.queued.decrementAndGet() == this.lowWater && this.running) {
				scanSoon();
			}
		}
	}

	/** A scan now, on the scanner's thread (after the one running, if any): the workers are running out of files. */
	private void scanSoon() {
		try {
			this.scanner.execute(this::scan);
		}
		catch (RejectedExecutionException ex) {
			// stopping: no more scans
		}
	}

	@Override
	public void stop() {
		this.running = false;
		this.scanner.shutdownNow();
		this.pool.shutdown();
		try {
			if (!this.pool.awaitTermination(30, TimeUnit.SECONDS)) {
				log.warn("Files still in progress after 30 s; they stay in the bucket and are retried on restart");
				this.pool.shutdownNow();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.pool.shutdownNow();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		// after the bindings (which start at Integer.MAX_VALUE - 1000 or so) are up, stopped before them
		return Integer.MAX_VALUE;
	}

}
