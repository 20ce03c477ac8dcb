package io.articleflow.extract.cluster;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Assigns each article to a story cluster: the cluster of the most similar registered article when one tells the same
 * story (entity sets or word shingles at least as similar as the threshold), else a new cluster named after the
 * article. An article keeps the cluster it was first assigned when analysed again. Thread-safe: assignment is atomic,
 * so two near-duplicates arriving together still meet.
 */
public final class StoryClusterer {

	/** Fewer entities than this make entity similarity a coincidence. */
	private static final int MIN_ENTITIES = 5;

	private final StoryClusterRegistry registry;

	private final double threshold;

	/**
	 * @param registry where stories are kept
	 * @param threshold minimum estimated Jaccard similarity (0-1) of entity sets or of shingle sets for the same story
	 */
	public StoryClusterer(StoryClusterRegistry registry, double threshold) {
		this.registry = registry;
		this.threshold = threshold;
	}

	public synchronized String assign(String documentId, StorySignature signature) {
		Optional<String> known = registry.clusterOf(documentId);
		if (known.isPresent()) {
			return known.get();
		}
		String best = null;
		double bestScore = -1;
		for (StoryClusterRegistry.RegisteredStory story : registry.candidates(signature)) {
			double score = similarity(signature, story.signature());
			if (score >= threshold && score > bestScore) {
				best = story.clusterId();
				bestScore = score;
			}
		}
		String clusterId = best != null ? best : newClusterId(documentId);
		registry.register(documentId, signature, clusterId);
		return clusterId;
	}

	/** The higher of the two similarities; entity similarity counts only for articles with enough entities. */
	static double similarity(StorySignature a, StorySignature b) {
		double shingles = a.shingleSimilarity(b);
		if (a.entityCount() < MIN_ENTITIES || b.entityCount() < MIN_ENTITIES) {
			return shingles;
		}
		return Math.max(shingles, a.entitySimilarity(b));
	}

	static String newClusterId(String documentId) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(documentId.getBytes(StandardCharsets.UTF_8));
			return "story-" + HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
