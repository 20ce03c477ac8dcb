package io.articleflow.extract.cluster.kafka;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import io.articleflow.extract.cluster.InMemoryStoryClusterRegistry;

/**
 * Where extract-service keeps the stories it has seen.
 *
 * @param store {@code kafka}: shared by all instances through the compacted {@code story-clusters} topic and kept
 *     across restarts; {@code memory}: per instance, forgotten on restart
 * @param capacity how many articles, the most recent ones, an instance compares a new article with
 * @param catchUpTimeout how long a starting instance reads the topic before it consumes articles; after that it goes
 *     on reading in the background (a copy of a story met in the meantime may start a cluster of its own)
 * @param retention how long the topic keeps a registration
 */
@Validated
@ConfigurationProperties("extract.clusters")
public record StoryClusterStoreProperties(@DefaultValue("kafka") @NotNull Store store,
		@DefaultValue("" + InMemoryStoryClusterRegistry.DEFAULT_CAPACITY) @Min(value = 1, message = "capacity must be at least 1") int capacity,
		@DefaultValue("60s") @NotNull Duration catchUpTimeout, @DefaultValue("30d") @NotNull Duration retention) {

	/** Where the registry lives. */
	public enum Store {

		/** The compacted {@code story-clusters} topic, read by every instance. */
		KAFKA,

		/** This instance's memory. */
		MEMORY

	}

}
