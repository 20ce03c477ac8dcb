package io.articleflow.extract.cluster;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link StoryClusterRegistry} in memory: registered articles by id, and LSH band buckets pointing to them.
 */
public final class InMemoryStoryClusterRegistry implements StoryClusterRegistry {

	/** Rows per LSH band: 64-hash sketches give 32 bands of 2, so stories with similar sets nearly always meet. */
	static final int ROWS_PER_BAND = 2;

	private final Map<String, RegisteredStory> stories = new ConcurrentHashMap<>();

	private final Map<Long, Set<String>> buckets = new ConcurrentHashMap<>();

	@Override
	public Optional<String> clusterOf(String documentId) {
		return Optional.ofNullable(stories.get(documentId)).map(RegisteredStory::clusterId);
	}

	@Override
	public Collection<RegisteredStory> candidates(StorySignature signature) {
		Map<String, RegisteredStory> found = new LinkedHashMap<>();
		for (long key : signature.bandKeys(ROWS_PER_BAND)) {
			Set<String> ids = buckets.get(key);
			if (ids != null) {
				for (String id : ids) {
					RegisteredStory story = stories.get(id);
					if (story != null) {
						found.putIfAbsent(id, story);
					}
				}
			}
		}
		return found.values();
	}

	@Override
	public void register(String documentId, StorySignature signature, String clusterId) {
		if (stories.putIfAbsent(documentId, new RegisteredStory(documentId, signature, clusterId)) != null) {
			return;
		}
		for (long key : signature.bandKeys(ROWS_PER_BAND)) {
			buckets.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(documentId);
		}
	}

}
