package io.articleflow.ingest.status;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import io.articleflow.ingest.intake.IngestOutcome;

/** The most recent outcomes (bounded, newest last), so an operator can ask what became of a file just dropped. */
public class IngestJournal {

	private final int capacity;

	private final Clock clock;

	private final Deque<Entry> entries = new ArrayDeque<>();

	public IngestJournal(int capacity, Clock clock) {
		this.capacity = capacity;
		this.clock = clock;
	}

	/** Keeps a published or failed outcome; deferred attempts are not outcomes yet. */
	public synchronized void record(IngestOutcome outcome) {
		if (outcome.status() == IngestOutcome.Status.DEFERRED) {
			return;
		}
		if (this.entries.size() == this.capacity) {
			this.entries.removeFirst();
		}
		this.entries.addLast(new Entry(outcome.key(), outcome.status(), outcome.documentId(), outcome.reason(),
				this.clock.instant(), outcome.code()));
	}

	/** The recent outcomes, oldest first. */
	public synchronized List<Entry> recent() {
		return List.copyOf(this.entries);
	}

	/**
	 * One file's outcome. Scripts read these fields in this order (key, status, documentId, reason): new fields
	 * go after them.
	 *
	 * @param key the file's key in the bucket
	 * @param status published or failed
	 * @param documentId the document id when published
	 * @param reason why it failed
	 * @param at when
	 * @param code the reason's short stable code, e.g. {@code unsupported-type}
	 */
	public record Entry(String key, IngestOutcome.Status status, String documentId, String reason, Instant at,
			String code) {
	}

}
