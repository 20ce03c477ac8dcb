package io.articleflow.extract.cluster.kafka;

import io.articleflow.extract.cluster.StoryClusterRegistry.RegisteredStory;
import io.articleflow.extract.cluster.StorySignature;

/**
 * The value of a {@code story-clusters} record (its key is the document id): an article's cluster and signature.
 *
 * @param version the layout of this record, {@value #VERSION}; a reader skips records of a layout it does not know
 * @param clusterId the cluster the article was assigned
 * @param entityCount how many distinct entities the article has
 * @param entities MinHash of its entities
 * @param shingles MinHash of its content-word shingles
 */
record StoryRegistration(int version, String clusterId, int entityCount, long[] entities, long[] shingles) {

	static final int VERSION = 1;

	static StoryRegistration of(String clusterId, StorySignature signature) {
		return new StoryRegistration(VERSION, clusterId, signature.entityCount(), signature.entities(),
				signature.shingles());
	}

	RegisteredStory toStory(String documentId) {
		return new RegisteredStory(documentId, new StorySignature(this.entities, this.shingles, this.entityCount),
				this.clusterId);
	}

}
