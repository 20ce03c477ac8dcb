package io.articleflow.extract.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.articleflow.common.event.Entity;
import io.articleflow.common.event.EntityType;
import io.articleflow.extract.text.ArticleText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StoryClustererTests {

	private final StorySignatureFactory signatures = new StorySignatureFactory();

	private static final String STORY = "The Royal Thai Navy and the Vietnam People's Navy held their sixth joint patrol "
			+ "in the Gulf of Thailand from Monday to Thursday, inspecting fishing vessels and exchanging information on "
			+ "illegal fishing, smuggling and piracy along the maritime boundary agreed by the two countries in 1997.";

	@Test
	void putsAReEditedCopyOfAStoryInItsCluster() {
		// Given a registered story and a copy with a changed opening
		StoryClusterer clusterer = new StoryClusterer(new InMemoryStoryClusterRegistry(), 0.5);
		String first = clusterer.assign("a", signature(STORY, entities("navy-th", "navy-vn", "gulf", "1997")));

		// When
		String copy = clusterer.assign("b",
				signature("BANGKOK - " + STORY, entities("navy-th", "navy-vn", "gulf", "1997")));

		// Then
		assertThat(copy).isEqualTo(first);
	}

	@Test
	void putsTwoTranslationsWithTheSameEntitiesInOneCluster() {
		StoryClusterer clusterer = new StoryClusterer(new InMemoryStoryClusterRegistry(), 0.5);
		List<Entity> same = entities("navy-th", "navy-vn", "gulf", "1997", "thailand", "vietnam", "patrol-6");
		String first = clusterer.assign("en-1", signature(STORY, same));

		String second = clusterer.assign("en-2", signature("Naval forces of the two neighbours patrolled the gulf together "
				+ "for the sixth time, checking boats and sharing intelligence about fishing crimes and piracy.", same));

		assertThat(second).isEqualTo(first);
	}

	@Test
	void separatesDifferentStories() {
		StoryClusterer clusterer = new StoryClusterer(new InMemoryStoryClusterRegistry(), 0.5);
		String first = clusterer.assign("a", signature(STORY, entities("navy-th", "navy-vn", "gulf", "1997", "x", "y")));

		String other = clusterer.assign("b", signature("Singapore and Indonesia signed a defence cooperation agreement "
				+ "allowing Singaporean forces to train in Indonesian airspace under Indonesian supervision.",
				entities("singapore", "indonesia", "dca", "airspace", "saf", "tni")));

		assertThat(other).isNotEqualTo(first).startsWith("story-");
	}

	@Test
	void keepsTheClusterOfADocumentAnalysedAgain() {
		StoryClusterer clusterer = new StoryClusterer(new InMemoryStoryClusterRegistry(), 0.5);
		String first = clusterer.assign("a", signature(STORY, entities("p", "q", "r", "s", "t")));

		String again = clusterer.assign("a", signature("An entirely different text.", entities("u", "v", "w", "x", "y")));

		assertThat(again).isEqualTo(first).isEqualTo(StoryClusterer.newClusterId("a"));
	}

	@Test
	void assignsOneClusterToCopiesArrivingConcurrently() throws Exception {
		// Given one registry and many threads registering copies of one story
		StoryClusterer clusterer = new StoryClusterer(new InMemoryStoryClusterRegistry(), 0.5);
		StorySignature signature = signature(STORY, entities("navy-th", "navy-vn", "gulf", "1997", "z"));
		Set<String> clusters = ConcurrentHashMap.newKeySet();
		List<Future<?>> futures = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
			for (int i = 0; i < 40; i++) {
				String id = "copy-" + i;
				futures.add(pool.submit(() -> clusters.add(clusterer.assign(id, signature))));
			}
			for (Future<?> f : futures) {
				f.get();
			}
		}

		// Then
		assertThat(clusters).hasSize(1);
	}

	private StorySignature signature(String text, List<Entity> entities) {
		return signatures.signature(ArticleText.of(text), entities);
	}

	private static List<Entity> entities(String... ids) {
		return java.util.Arrays.stream(ids)
			.map(id -> new Entity("organization:" + id, EntityType.ORGANIZATION, id, null, null, null, null, List.of()))
			.toList();
	}

}
