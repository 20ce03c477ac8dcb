package io.articleflow.ingest.intake;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The files being ingested right now, so the watcher and an upload never ingest the same file at once; and when
 * each last finished, so a scan whose listing was taken before a file was moved does not hand it out again.
 */
public class InFlightKeys {

	private final Set<String> held = new HashSet<>();

	private final Map<String, Long> finished = new HashMap<>();

	/** Claims a file; {@code false} when someone already holds it. */
	public synchronized boolean claim(String key) {
		return this.held.add(key);
	}

	/**
	 * Claims a file found by a listing; {@code false} when someone holds it or finished it after the listing
	 * began (the listing is out of date for it).
	 * @param listedAt when the listing began, as {@link System#nanoTime()}
	 */
	public synchronized boolean claim(String key, long listedAt) {
		Long at = this.finished.get(key);
		if (at != null && at - listedAt >= 0) {
			return false;
		}
		return this.held.add(key);
	}

	/** Gives a claimed file back. */
	public synchronized void release(String key) {
		this.held.remove(key);
		this.finished.put(key, System.nanoTime());
	}

	/** Forgets the finishing times no listing that began at or after the time can need. */
	public synchronized void forgetFinishedBefore(long time) {
		this.finished.values().removeIf(at -> at - time < 0);
	}

	/** How many files are being ingested. */
	public synchronized int size() {
		return this.held.size();
	}

}
