package io.articleflow.extract.cluster;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link StoryClusterRegistry} in memory, bounded: the articles registered last (by default
 * {@value #DEFAULT_CAPACITY}) with the LSH band buckets pointing to them. Both bounds keep a long-running service
 * within its heap and its clustering cost flat:
 * <ul>
 * <li>an article older than the window is forgotten, so a copy of a story is clustered with it when it arrives
 * within that many articles of it (or of a member of its cluster registered since);</li>
 * <li>a bucket keeps the {@value #BUCKET_CAPACITY} stories registered last: articles of one beat share their most
 * frequent entities, so an unbounded bucket would make every new article a candidate of thousands. A copy of a
 * story shares many bands with it, most of them rare, so it still meets it.</li>
 * </ul>
 * It is also the local view of the registry that several instances share through a compacted topic
 * ({@link io.articleflow.extract.cluster.kafka.KafkaStoryClusterRegistry}).
 */
public final class InMemoryStoryClusterRegistry implements StoryClusterRegistry {

	/** Rows per LSH band: 64-hash sketches give 32 bands of 2, so stories with similar sets nearly always meet. */
	static final int ROWS_PER_BAND = 2;

	/** Bands a stored story must share with a new one to be compared with it (see {@link #candidates}). */
	static final int MIN_SHARED_BANDS = 2;

	/** Articles remembered by default, the most recent ones: some 4 kB of heap each. */
	public static final int DEFAULT_CAPACITY = 10_000;

	/** Stories a band bucket remembers, the most recent ones. */
	static final int BUCKET_CAPACITY = 16;

	private final int capacity;

	private final Map<String, RegisteredStory> stories = new HashMap<>();

	private final ArrayDeque<RegisteredStory> order = new ArrayDeque<>();

	/** Band key to the id of its only story (most buckets) or to an {@link ArrayDeque} of ids, oldest first. */
	private final Map<Long, Object> buckets = new HashMap<>();

	/** A registry of the last {@value #DEFAULT_CAPACITY} articles. */
	public InMemoryStoryClusterRegistry() {
		this(DEFAULT_CAPACITY);
	}

	/** @param capacity how many articles, the most recent ones, the registry remembers */
	public InMemoryStoryClusterRegistry(int capacity) {
		if (capacity < 1) {
			throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
		}
		this.capacity = capacity;
	}

	@Override
	public synchronized Optional<String> clusterOf(String documentId) {
		return Optional.ofNullable(this.stories.get(documentId)).map(RegisteredStory::clusterId);
	}

	/**
	 * The stories sharing at least {@value #MIN_SHARED_BANDS} bands with the signature. Two sketches as similar as the
	 * clustering threshold (0.5 by default) share 8 of a type's 32 bands on average, and fewer than two with a
	 * probability of about 0.1 %; most stories that share a single band are far below it, and on a beat whose
	 * articles share their frequent entities they are the many. Comparing them was a tenth of an article's analysis.
	 */
	@Override
	public synchronized Collection<RegisteredStory> candidates(StorySignature signature) {
		Map<String, int[]> shared = new HashMap<>();
		for (long key : signature.bandKeys(ROWS_PER_BAND)) {
			Object bucket = this.buckets.get(key);
			if (bucket instanceof String id) {
				shared.computeIfAbsent(id, k -> new int[1])[0]++;
			}
			else if (bucket instanceof ArrayDeque<?> ids) {
				for (Object id : ids) {
					shared.computeIfAbsent((String) id, k -> new int[1])[0]++;
				}
			}
			// (a bucket names only remembered stories: forgetting one removes it from its buckets)
		}
		List<RegisteredStory> found = new ArrayList<>();
		shared.forEach((id, bands) -> {
			if (bands[0] >= MIN_SHARED_BANDS) {
				found.add(this.stories.get(id));
			}
		});
		return found;
	}

	@Override
	public synchronized void register(String documentId, StorySignature signature, String clusterId) {
		if (this.stories.containsKey(documentId)) {
			return;
		}
		RegisteredStory story = new RegisteredStory(documentId, signature, clusterId);
		this.stories.put(documentId, story);
		this.order.addLast(story);
		for (long key : signature.bandKeys(ROWS_PER_BAND)) {
			this.buckets.merge(key, documentId, InMemoryStoryClusterRegistry::add);
		}
		if (this.order.size() > this.capacity) {
			forget(this.order.removeFirst());
		}
	}

	/** How many articles the registry remembers now. */
	synchronized int size() {
		return this.stories.size();
	}

	/** How many band buckets it holds now. */
	synchronized int buckets() {
		return this.buckets.size();
	}

	private void forget(RegisteredStory story) {
		this.stories.remove(story.documentId());
		for (long key : story.signature().bandKeys(ROWS_PER_BAND)) {
			this.buckets.computeIfPresent(key, (k, bucket) -> remove(bucket, story.documentId()));
		}
	}

	/** The bucket with the id added last, the oldest dropped when it is full. */
	@SuppressWarnings("unchecked")
	private static Object add(Object bucket, Object id) {
		ArrayDeque<String> ids;
		if (bucket instanceof ArrayDeque<?> deque) {
			ids = (ArrayDeque<String>) deque;
		}
		else {
			ids = new ArrayDeque<>(4);
			ids.add((String) bucket);
		}
		if (ids.size() == BUCKET_CAPACITY) {
			ids.removeFirst();
		}
		ids.addLast((String) id);
		return ids;
	}

	/** The bucket without the id, or {@code null} (no bucket) when nothing is left in it. */
	private static Object remove(Object bucket, String id) {
		if (bucket instanceof ArrayDeque<?> ids) {
			ids.remove(id);
			return ids.isEmpty() ? null : ids.size() == 1 ? ids.getFirst() : ids;
		}
		return bucket.equals(id) ? null : bucket;
	}

}
