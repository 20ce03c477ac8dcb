package io.articleflow.extract.cluster;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.articleflow.common.event.Entity;
import io.articleflow.common.event.EntityType;
import io.articleflow.extract.text.ArticleText;

import static org.assertj.core.api.Assertions.assertThat;

class InMemoryStoryClusterRegistryTests {

	private static final String STORY = "The Royal Thai Navy and the Vietnam People's Navy held their sixth joint patrol "
			+ "in the Gulf of Thailand from Monday to Thursday, inspecting fishing vessels and exchanging information on "
			+ "illegal fishing, smuggling and piracy along the maritime boundary agreed by the two countries in 1997.";

	private final StorySignatureFactory signatures = new StorySignatureFactory();

	@Test
	void offersTheStoriesRegisteredLastInABucketAsCandidates() {
		// Given more identical stories than a bucket keeps
		InMemoryStoryClusterRegistry registry = new InMemoryStoryClusterRegistry();
		StorySignature signature = signature(STORY, entities("navy-th", "navy-vn", "gulf"));
		int count = InMemoryStoryClusterRegistry.BUCKET_CAPACITY + 5;
		for (int i = 0; i < count; i++) {
			registry.register("copy-" + i, signature, "story-1");
		}

		// Then the candidates are the most recent ones, each once
		assertThat(registry.candidates(signature)).extracting(StoryClusterRegistry.RegisteredStory::documentId)
			.containsExactlyInAnyOrderElementsOf(IntStream.range(5, count).mapToObj(i -> "copy-" + i).toList());
		assertThat(registry.clusterOf("copy-0")).contains("story-1");
	}

	@Test
	void remembersTheArticlesRegisteredLastAndForgetsTheirBucketsWithThem() {
		// Given a registry of three
		InMemoryStoryClusterRegistry registry = new InMemoryStoryClusterRegistry(3);
		StorySignature first = signature(STORY, entities("navy-th", "navy-vn", "gulf"));
		registry.register("first", first, "story-first");

		// When four others arrive
		for (int i = 0; i < 4; i++) {
			registry.register("other-" + i, signature("Unrelated report number " + i + " about harvests and weather "
					+ "in distant provinces " + i, entities("farm-" + i, "rain-" + i)), "story-" + i);
		}

		// Then the first is forgotten with its buckets, and the registry holds three
		assertThat(registry.size()).isEqualTo(3);
		assertThat(registry.clusterOf("first")).isEmpty();
		assertThat(registry.clusterOf("other-0")).isEmpty();
		assertThat(registry.clusterOf("other-3")).contains("story-3");
		assertThat(registry.candidates(first)).extracting(StoryClusterRegistry.RegisteredStory::documentId)
			.doesNotContain("first");
		assertThat(registry.buckets()).isLessThanOrEqualTo(3 * 64);
	}

	@Test
	void aCopyOfAStoryMeetsItAfterManyArticlesOfTheSameBeatFilledItsPopularBuckets() {
		// Given a story, then many other stories about the same entities but told in other words
		StoryClusterer clusterer = new StoryClusterer(new InMemoryStoryClusterRegistry(), 0.5);
		String story = clusterer.assign("story", signature(STORY, entities("navy-th", "navy-vn", "gulf", "vn", "th")));
		for (int n = 0; n < 200; n++) {
			int i = n;
			String words = IntStream.range(0, 40).mapToObj(w -> "word" + (char) ('a' + w % 26) + "x" + i + "y" + w)
				.reduce((a, b) -> a + " " + b)
				.orElseThrow();
			assertThat(clusterer.assign("other-" + i,
					signature(words, entities("navy-th", "navy-vn", "other-" + i, "more-" + i, "extra-" + i))))
				.isNotEqualTo(story);
		}

		// When a re-edited copy of the story arrives, Then it joins the story's cluster
		assertThat(clusterer.assign("copy", signature("BANGKOK - " + STORY,
				entities("navy-th", "navy-vn", "gulf", "vn", "th")))).isEqualTo(story);
	}

	private StorySignature signature(String text, List<Entity> entities) {
		return this.signatures.signature(ArticleText.of(text), entities);
	}

	private static List<Entity> entities(String... ids) {
		return Stream.of(ids)
			.map(id -> new Entity("organization:" + id, EntityType.ORGANIZATION, id, null, null, null, null, List.of()))
			.toList();
	}

}
