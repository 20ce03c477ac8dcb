package io.articleflow.ingest.intake;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts what became of the files and logs a progress line while files flow, so an operator dropping thousands
 * of files sees how far along ingest is and how fast it goes.
 */
public class IngestProgress {

	private static final Logger log = LoggerFactory.getLogger(IngestProgress.class);

	private final AtomicLong published = new AtomicLong();

	private final AtomicLong failed = new AtomicLong();

	private final AtomicLong deferred = new AtomicLong();

	private long lastTotal;

	private long lastNanos = System.nanoTime();

	/** Counts one outcome. */
	public void record(IngestOutcome outcome) {
		switch (outcome.status()) {
			case PUBLISHED -> this.published.incrementAndGet();
			case FAILED -> this.failed.incrementAndGet();
			case DEFERRED -> this.deferred.incrementAndGet();
		}
	}

	/** Files published so far. */
	public long published() {
		return this.published.get();
	}

	/** Files moved to failed/ so far. */
	public long failed() {
		return this.failed.get();
	}

	/** Attempts deferred (broker unavailable, file locked) so far. */
	public long deferred() {
		return this.deferred.get();
	}

	/** Logs a progress line if anything happened since the last one. */
	public synchronized void logIfChanged() {
		long total = published() + failed();
		long now = System.nanoTime();
		if (total != this.lastTotal) {
			double seconds = Duration.ofNanos(now - this.lastNanos).toMillis() / 1000.0;
			log.info("Ingest progress: {} published, {} failed, {} deferred attempts ({} files/s)", published(),
					failed(), deferred(), String.format("%.1f", (total - this.lastTotal) / Math.max(seconds, 0.001)));
		}
		this.lastTotal = total;
		this.lastNanos = now;
	}

}
