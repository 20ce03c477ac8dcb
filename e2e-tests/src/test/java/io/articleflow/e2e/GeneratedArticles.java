package io.articleflow.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import io.articleflow.common.event.DocumentIds;

/**
 * Small invented articles for fault tests, each with distinct text (so a distinct document id) and a marker word
 * of its own that finds it, and only it, in the index. Dropped into a bucket one at a time at a steady rate, in
 * two parts, so a fault can strike while articles are still flowing whatever the speed of the machine.
 */
final class GeneratedArticles implements AutoCloseable {

	private final List<String> texts;

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	private final AtomicInteger dropped = new AtomicInteger();

	private final ScheduledExecutorService dropper = Executors.newSingleThreadScheduledExecutor();

	private ScheduledFuture<?> dropping;

	private volatile IOException failure;

	GeneratedArticles(int count) {
		this.texts = IntStream.range(0, count).mapToObj(this::text).toList();
	}

	int count() {
		return this.texts.size();
	}

	/** The word that only article {@code i} contains. */
	String marker(int i) {
		return "faultmark" + this.run.replace("-", "") + "n" + i;
	}

	/** The document id ingest gives article {@code i}. */
	String documentId(int i) {
		return DocumentIds.of(this.texts.get(i));
	}

	String fileName(int i) {
		return "fault-" + this.run + "-" + i + ".txt";
	}

	/** How many have been dropped so far. */
	int dropped() {
		return this.dropped.get();
	}

	/**
	 * Starts dropping the next articles, one per {@code interval}, until {@code limit} of them have been dropped
	 * into the bucket folder; returns at once.
	 */
	synchronized void dropUpTo(int limit, Path bucket, Duration interval) {
		if (this.dropping != null) {
			this.dropping.cancel(false);
		}
		this.dropping = this.dropper.scheduleAtFixedRate(() -> {
			int next = this.dropped.get();
			if (next >= limit || this.failure != null) {
				return;
			}
			try {
				drop(bucket, next);
				this.dropped.incrementAndGet();
			}
			catch (IOException ex) {
				this.failure = ex;
			}
		}, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** Whether every article has been dropped; a failed drop fails the test. */
	boolean allDropped() throws IOException {
		if (this.failure != null) {
			throw this.failure;
		}
		return this.dropped.get() == count();
	}

	/** Writes under a temporary name, then renames: ingest never sees a half-written file. */
	void drop(Path bucket, int i) throws IOException {
		Files.createDirectories(bucket);
		Path part = bucket.resolve(fileName(i) + ".part");
		Files.writeString(part, this.texts.get(i));
		Files.move(part, bucket.resolve(fileName(i)), StandardCopyOption.ATOMIC_MOVE);
	}

	private String text(int i) {
		return "Harbour report " + i + " of run " + this.run + "\n\n" + "Inspectors counted " + (i * 7 + 3)
				+ " containers on the quay at dawn, and the record for this report is " + marker(i) + ". The pilots"
				+ " said the tide was " + (i % 2 == 0 ? "rising" : "falling") + " and the wind came from the "
				+ List.of("north", "east", "south", "west").get(i % 4) + ".\n";
	}

	@Override
	public void close() throws InterruptedException {
		this.dropper.shutdownNow();
		this.dropper.awaitTermination(10, TimeUnit.SECONDS);
	}

}
