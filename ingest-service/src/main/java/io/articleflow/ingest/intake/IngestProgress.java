package io.articleflow.ingest.intake;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts what became of the files, as metrics and as a progress line in the log while files flow, so an operator
 * dropping thousands of files sees how far along ingest is and how fast it goes. Meters:
 * <ul>
 * <li>{@code articleflow.ingest.files.seen}: files found complete in the bucket or uploaded, each once;</li>
 * <li>{@code articleflow.ingest.files} tagged {@code outcome} ({@code published}, {@code failed},
 * {@code deferred}) and {@code reason} (a short code such as {@code unsupported-type}, {@code none} when
 * published);</li>
 * <li>{@code articleflow.ingest.files.pending}: files waiting in the bucket at the last scan.</li>
 * </ul>
 */
public class IngestProgress {

	private static final Logger log = LoggerFactory.getLogger(IngestProgress.class);

	private static final String NONE = "none";

	private final MeterRegistry registry;

	private final Counter seenCounter;

	private final AtomicLong seen = new AtomicLong();

	private final AtomicLong published = new AtomicLong();

	private final AtomicLong failed = new AtomicLong();

	private final AtomicLong deferred = new AtomicLong();

	private final AtomicInteger pending = new AtomicInteger();

	private final Set<String> unfinished = ConcurrentHashMap.newKeySet();

	private long lastDone;

	private long lastSeen;

	private long lastNanos = System.nanoTime();

	public IngestProgress(MeterRegistry registry) {
		this.registry = registry;
		this.seenCounter = Counter.builder("articleflow.ingest.files.seen")
			.description("Files found complete in the bucket or uploaded, each counted once")
			.register(registry);
		Gauge.builder("articleflow.ingest.files.pending", this.pending, AtomicInteger::get)
			.description("Files waiting in the bucket at the last scan")
			.register(registry);
		files("published", NONE);
	}

	/** A file was found; counted once until it is published or failed. */
	public void seen(String key) {
		if (this.unfinished.add(key)) {
			this.seen.incrementAndGet();
			this.seenCounter.increment();
		}
	}

	/** How many files wait in the bucket. */
	public void pending(int count) {
		this.pending.set(count);
	}

	/** Counts one outcome. */
	public void record(IngestOutcome outcome) {
		switch (outcome.status()) {
			case PUBLISHED -> this.published.incrementAndGet();
			case FAILED -> this.failed.incrementAndGet();
			case DEFERRED -> this.deferred.incrementAndGet();
		}
		if (outcome.status() != IngestOutcome.Status.DEFERRED) {
			this.unfinished.remove(outcome.key());
		}
		files(outcome.status().name().toLowerCase(Locale.ROOT), outcome.code() == null ? NONE : outcome.code())
			.increment();
	}

	/** Files seen so far. */
	public long seen() {
		return this.seen.get();
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

	/** Files waiting in the bucket at the last scan. */
	public int pending() {
		return this.pending.get();
	}

	/** Logs a progress line if anything happened since the last one. */
	public synchronized void logIfChanged() {
		long done = published() + failed();
		long now = System.nanoTime();
		if (done != this.lastDone || seen() != this.lastSeen) {
			double seconds = Math.max(Duration.ofNanos(now - this.lastNanos).toMillis() / 1000.0, 0.001);
			log.info("Ingest progress: {} seen, {} published, {} failed, {} pending, {} deferred attempts ({} files/s)",
					seen(), published(), failed(), pending(), deferred(),
					String.format(Locale.ROOT, "%.1f", (done - this.lastDone) / seconds));
		}
		this.lastDone = done;
		this.lastSeen = seen();
		this.lastNanos = now;
	}

	private Counter files(String outcome, String reason) {
		return Counter.builder("articleflow.ingest.files")
			.description("Files ingest finished with, by outcome and reason")
			.tag("outcome", outcome)
			.tag("reason", reason)
			.register(this.registry);
	}

}
