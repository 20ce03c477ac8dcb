package io.articleflow.extract.cluster;

import java.util.Collection;
import java.util.Optional;

/**
 * The stories seen so far: which cluster each registered article belongs to, and an index to find the articles a new
 * signature may share a story with. An implementation may keep this in memory or in a compacted Kafka topic (key:
 * document id, value: signature and cluster id); implementations are thread-safe.
 */
public interface StoryClusterRegistry {

	/** A registered article. */
	record RegisteredStory(String documentId, StorySignature signature, String clusterId) {
	}

	/** The cluster an article was registered with, if it was. */
	Optional<String> clusterOf(String documentId);

	/** Registered articles that share at least one LSH band with the signature (candidates, to be verified). */
	Collection<RegisteredStory> candidates(StorySignature signature);

	/** Registers an article with its cluster; a document id is registered once. */
	void register(String documentId, StorySignature signature, String clusterId);

}
