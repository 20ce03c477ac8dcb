package io.articleflow.ingest.statusview;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.articleflow.common.event.ArticleStatus;

/**
 * The latest status of each document, by key ({@link ArticleStatus#key()}) and by file name, bounded: at most
 * {@code capacity} keys, the one updated longest ago forgotten first. A status older than the one held for its key
 * (a stage's report that arrived after the next stage's) does not replace it. Thread-safe.
 */
public class StatusView {

	private final int capacity;

	private final int filesPerKey;

	/** Insertion order = update order: the first entry is the one updated longest ago. */
	private final LinkedHashMap<String, Entry> byKey = new LinkedHashMap<>();

	private final Map<String, Set<String>> keysByFile = new HashMap<>();

	/**
	 * @param capacity the most keys held
	 * @param filesPerKey the most file names remembered per key
	 */
	public StatusView(int capacity, int filesPerKey) {
		this.capacity = capacity;
		this.filesPerKey = filesPerKey;
	}

	/** Takes a status in; false when an older one than that held for its key, or without a state. */
	public synchronized boolean apply(ArticleStatus status) {
		if (status == null || status.state() == null || status.at() == null) {
			return false;
		}
		String key = status.key();
		Entry held = this.byKey.remove(key);
		if (held != null && held.status().at().isAfter(status.at())) {
			this.byKey.put(key, held);
			return false;
		}
		Entry entry = new Entry(status, held == null ? new LinkedHashSet<>() : held.files());
		if (status.fileName() != null && entry.files().size() < this.filesPerKey) {
			entry.files().add(status.fileName());
		}
		this.byKey.put(key, entry);
		for (String file : entry.files()) {
			this.keysByFile.computeIfAbsent(file, f -> new LinkedHashSet<>()).add(key);
		}
		while (this.byKey.size() > this.capacity) {
			evictEldest();
		}
		return true;
	}

	private void evictEldest() {
		Iterator<Map.Entry<String, Entry>> eldest = this.byKey.entrySet().iterator();
		Map.Entry<String, Entry> evicted = eldest.next();
		eldest.remove();
		for (String file : evicted.getValue().files()) {
			Set<String> keys = this.keysByFile.get(file);
			if (keys != null) {
				keys.remove(evicted.getKey());
				if (keys.isEmpty()) {
					this.keysByFile.remove(file);
				}
			}
		}
	}

	/** The status of a document. */
	public synchronized Optional<ArticleStatus> document(String documentId) {
		Entry entry = this.byKey.get(documentId);
		return Optional.ofNullable(entry).map(Entry::status);
	}

	/**
	 * The statuses of the documents read from files of that name, newest first: the exact bucket key, or else every
	 * key whose last path segment is that name ({@code x.txt} finds {@code folder/x.txt}).
	 */
	public synchronized List<ArticleStatus> file(String fileName) {
		Set<String> keys = new LinkedHashSet<>(this.keysByFile.getOrDefault(fileName, Set.of()));
		if (keys.isEmpty()) {
			String suffix = "/" + fileName;
			this.keysByFile.forEach((file, fileKeys) -> {
				if (file.endsWith(suffix)) {
					keys.addAll(fileKeys);
				}
			});
		}
		return keys.stream()
			.map(this.byKey::get)
			.map(Entry::status)
			.sorted(Comparator.comparing(ArticleStatus::at).reversed())
			.toList();
	}

	/** The file names a document was read from, as far as the view remembers them. */
	public synchronized List<String> files(String key) {
		Entry entry = this.byKey.get(key);
		return entry == null ? List.of() : List.copyOf(entry.files());
	}

	/** The documents whose latest status is a failure, grouped by stage and code, largest group first. */
	public synchronized List<FailureGroup> failures() {
		Map<List<String>, FailureGroup> groups = new LinkedHashMap<>();
		for (Entry entry : this.byKey.values()) {
			ArticleStatus status = entry.status();
			if (status.state() != ArticleStatus.State.FAILED) {
				continue;
			}
			List<String> group = Arrays.asList(status.stage(), status.code());
			FailureGroup held = groups.get(group);
			groups.put(group, held == null ? new FailureGroup(status.stage(), status.code(), 1, status.reason(),
					status.at(), List.of(status.key())) : held.plus(status));
		}
		List<FailureGroup> sorted = new ArrayList<>(groups.values());
		sorted.sort(Comparator.comparingLong(FailureGroup::count).reversed()
			.thenComparing(FailureGroup::stage, Comparator.nullsLast(Comparator.naturalOrder())));
		return sorted;
	}

	/** How many documents are in each state. */
	public synchronized Map<ArticleStatus.State, Long> counts() {
		Map<ArticleStatus.State, Long> counts = new EnumMap<>(ArticleStatus.State.class);
		for (ArticleStatus.State state : ArticleStatus.State.values()) {
			counts.put(state, 0L);
		}
		this.byKey.values().forEach(entry -> counts.merge(entry.status().state(), 1L, Long::sum));
		return counts;
	}

	/** How many keys the view holds. */
	public synchronized int size() {
		return this.byKey.size();
	}

	/** The most keys the view holds. */
	public int capacity() {
		return this.capacity;
	}

	private record Entry(ArticleStatus status, Set<String> files) {
	}

	/**
	 * Documents that failed at one stage for one reason code.
	 *
	 * @param stage the application that gave up
	 * @param code the reason's short code
	 * @param count how many documents
	 * @param latestReason the reason of the most recent one
	 * @param latestAt when the most recent one failed
	 * @param examples the keys of up to {@value #EXAMPLES} of them, the most recent last
	 */
	public record FailureGroup(String stage, String code, long count, String latestReason, Instant latestAt,
			List<String> examples) {

		static final int EXAMPLES = 5;

		FailureGroup plus(ArticleStatus status) {
			boolean newer = status.at().isAfter(this.latestAt);
			List<String> keys = new ArrayList<>(this.examples);
			keys.add(status.key());
			if (keys.size() > EXAMPLES) {
				keys.remove(0);
			}
			return new FailureGroup(this.stage, this.code, this.count + 1, newer ? status.reason() : this.latestReason,
					newer ? status.at() : this.latestAt, List.copyOf(keys));
		}

	}

}
