package io.articleflow.extract.cluster.kafka;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.core.KafkaOperations;

import io.articleflow.common.messaging.EventCodec;
import io.articleflow.extract.cluster.StoryClusterRegistry;
import io.articleflow.extract.cluster.StorySignature;

/**
 * A {@link StoryClusterRegistry} shared by every extract-service instance: lookups go to this instance's memory,
 * which {@link StoryRegistrationReader} fills from the compacted topic; a registration goes to memory at once and to
 * the topic, keyed by document id, for the other instances and for the next start. Two copies of a story analysed by
 * two instances within the same moment may still start two clusters.
 */
public final class KafkaStoryClusterRegistry implements StoryClusterRegistry {

	private static final Logger log = LoggerFactory.getLogger(KafkaStoryClusterRegistry.class);

	private final StoryClusterRegistry memory;

	private final KafkaOperations<byte[], byte[]> kafka;

	private final String topic;

	private final EventCodec codec;

	/**
	 * @param memory the stories this instance knows, which the reader of {@code topic} keeps up to date
	 * @param kafka sends the registrations
	 * @param topic the compacted topic of registrations
	 * @param codec writes a registration as JSON
	 */
	public KafkaStoryClusterRegistry(StoryClusterRegistry memory, KafkaOperations<byte[], byte[]> kafka, String topic,
			EventCodec codec) {
		this.memory = memory;
		this.kafka = kafka;
		this.topic = topic;
		this.codec = codec;
	}

	@Override
	public Optional<String> clusterOf(String documentId) {
		return this.memory.clusterOf(documentId);
	}

	@Override
	public Collection<RegisteredStory> candidates(StorySignature signature) {
		return this.memory.candidates(signature);
	}

	@Override
	public void register(String documentId, StorySignature signature, String clusterId) {
		if (this.memory.clusterOf(documentId).isPresent()) {
			return;
		}
		this.memory.register(documentId, signature, clusterId);
		// not awaited: the enriched event already carries the cluster; a lost registration only means that a later
		// copy of the story, on another instance or after a restart, starts a cluster of its own
		this.kafka
			.send(this.topic, documentId.getBytes(StandardCharsets.UTF_8),
					this.codec.encode(StoryRegistration.of(clusterId, signature)))
			.whenComplete((result, ex) -> {
				if (ex != null) {
					log.warn("The story cluster of document {} was not shared with other instances: {}", documentId,
							ex.getMessage());
				}
			});
	}

}
