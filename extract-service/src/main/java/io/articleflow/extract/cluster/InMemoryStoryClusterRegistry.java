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

	private final Map<String, Held> stories = new HashMap<>();

	private final ArrayDeque<Held> order = new ArrayDeque<>();

	/** Band key to its only story (most buckets) or to an {@link ArrayDeque} of them, oldest first. */
	private final Map<Long, Object> buckets = new HashMap<>();

	/** Numbers the {@link #candidates} calls, so that each held story counts its shared bands without a map. */
	private long query;

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
		return Optional.ofNullable(this.stories.get(documentId)).map(held -> held.story.clusterId());
	}

	/**
	 * The stories sharing at least {@value #MIN_SHARED_BANDS} bands with the signature. Two sketches as similar as the
	 * clustering threshold (0.5 by default) share 8 of a type's 32 bands on average, and fewer than two with a
	 * probability of about 0.1 %; most stories that share a single band are far below it, and on a beat whose
	 * articles share their frequent entities they are the many. Comparing them was a tenth of an article's analysis.
	 * The buckets hold the stories themselves, which count the bands they share with this signature: up to 32
	 * buckets of 16 stories each are looked through per article, and a map from document id to count cost as much as
	 * the comparisons it saved.
	 */
	@Override
	public synchronized Collection<RegisteredStory> candidates(StorySignature signature) {
		long query = ++this.query;
		List<RegisteredStory> found = new ArrayList<>();
		for (long key : signature.bandKeys(ROWS_PER_BAND)) {
			Object bucket = this.buckets.get(key);
			if (bucket instanceof Held held) {
				held.sharesBand(query, found);
			}
			else if (bucket instanceof ArrayDeque<?> held) {
				for (Object story : held) {
					((Held) story).sharesBand(query, found);
				}
			}
			// (a bucket holds only remembered stories: forgetting one removes it from its buckets)
		}
		return found;
	}

	@Override
	public synchronized void register(String documentId, StorySignature signature, String clusterId) {
		if (this.stories.containsKey(documentId)) {
			return;
		}
		Held held = new Held(new RegisteredStory(documentId, signature, clusterId),
				signature.bandKeys(ROWS_PER_BAND));
		this.stories.put(documentId, held);
		this.order.addLast(held);
		for (long key : held.bandKeys) {
			this.buckets.merge(key, held, InMemoryStoryClusterRegistry::add);
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

	private void forget(Held held) {
		this.stories.remove(held.story.documentId());
		for (long key : held.bandKeys) {
			this.buckets.computeIfPresent(key, (k, bucket) -> remove(bucket, held));
		}
	}

	/** The bucket with the story added last, the oldest dropped when it is full. */
	@SuppressWarnings("unchecked")
	private static Object add(Object bucket, Object story) {
		ArrayDeque<Held> held;
		if (bucket instanceof ArrayDeque<?> deque) {
			held = (ArrayDeque<Held>) deque;
		}
		else {
			held = new ArrayDeque<>(4);
			held.add((Held) bucket);
		}
		if (held.size() == BUCKET_CAPACITY) {
			held.removeFirst();
		}
		held.addLast((Held) story);
		return held;
	}

	/** The bucket without the story, or {@code null} (no bucket) when nothing is left in it. */
	private static Object remove(Object bucket, Held story) {
		if (bucket instanceof ArrayDeque<?> held) {
			held.remove(story);
			return held.isEmpty() ? null : held.size() == 1 ? held.getFirst() : held;
		}
		return bucket == story ? null : bucket;
	}

	/**
	 * A remembered story with its band keys (computed once: they are needed again to forget it) and the bands it
	 * shares with the signature of the latest query. Compared by identity, so that removing it from a bucket does not
	 * compare signatures.
	 */
	private static final class Held {

		private final RegisteredStory story;

		private final long[] bandKeys;

		private long query;

		private int sharedBands;

		Held(RegisteredStory story, long[] bandKeys) {
			this.story = story;
			this.bandKeys = bandKeys;
		}

		/** Counts one more band shared with the query's signature; a candidate once it shares enough. */
		void sharesBand(long query, List<RegisteredStory> found) {
			if (this.query != query) {
				this.query = query;
				this.sharedBands = 0;
			}
			if (++this.sharedBands == MIN_SHARED_BANDS) {
				found.add(this.story);
			}
		}

	}

}
