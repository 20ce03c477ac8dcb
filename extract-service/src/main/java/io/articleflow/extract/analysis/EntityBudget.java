package io.articleflow.extract.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import io.articleflow.common.event.Entity;

/**
 * Caps the entities and mentions one article's event carries ({@code articleflow.limits.max-entities} and
 * {@code max-mentions}), so that the enriched event of the longest article still fits a Kafka record and
 * index-service's work per article stays bounded. Real articles are far below both caps; only pathological text (a
 * list of tens of thousands of names) reaches them. Beyond the entity cap, the entities with the fewest mentions are
 * left out (ties: the later ones); beyond the mention cap, every entity keeps its first mentions, each the same
 * number at most (the largest that fits), so no entity loses all of them for another's sake.
 */
final class EntityBudget {

	private final int maxEntities;

	private final int maxMentions;

	EntityBudget(int maxEntities, int maxMentions) {
		if (maxEntities < 1 || maxMentions < 1) {
			throw new IllegalArgumentException("the caps must be at least 1, were " + maxEntities + " and " + maxMentions);
		}
		this.maxEntities = maxEntities;
		this.maxMentions = maxMentions;
	}

	/** The entities within the caps, in their original order; the list itself when it is within them. */
	List<Entity> apply(List<Entity> entities) {
		List<Entity> kept = entities.size() > this.maxEntities ? mostMentioned(entities) : entities;
		long mentions = kept.stream().mapToLong(entity -> entity.mentions().size()).sum();
		return mentions > this.maxMentions ? shareMentions(kept) : kept;
	}

	private List<Entity> mostMentioned(List<Entity> entities) {
		int[] chosen = IntStream.range(0, entities.size())
			.boxed()
			.sorted(Comparator.<Integer>comparingInt(i -> -entities.get(i).mentions().size())
				.thenComparingInt(i -> i))
			.limit(this.maxEntities)
			.mapToInt(Integer::intValue)
			.sorted()
			.toArray();
		return Arrays.stream(chosen).mapToObj(entities::get).toList();
	}

	private List<Entity> shareMentions(List<Entity> entities) {
		int share = largestShare(entities);
		long left = this.maxMentions - used(entities, share);
		List<Entity> capped = new ArrayList<>(entities.size());
		for (Entity entity : entities) {
			int keep = Math.min(entity.mentions().size(), share);
			if (left > 0 && entity.mentions().size() > share) {
				// what the equal share leaves of the budget goes to the first entities that have more
				keep++;
				left--;
			}
			if (keep > 0) {
				capped.add(keep == entity.mentions().size() ? entity
						: new Entity(entity.id(), entity.type(), entity.canonicalName(), entity.rank(), entity.role(),
								entity.acronym(), entity.wikidataId(), entity.mentions().subList(0, keep)));
			}
		}
		return capped;
	}

	/** The most mentions per entity such that all of them together stay within the cap. */
	private int largestShare(List<Entity> entities) {
		int low = 0;
		int high = entities.stream().mapToInt(entity -> entity.mentions().size()).max().orElse(0);
		while (low < high) {
			int middle = (low + high + 1) >>> 1;
			if (used(entities, middle) <= this.maxMentions) {
				low = middle;
			}
			else {
				high = middle - 1;
			}
		}
		return low;
	}

	private static long used(List<Entity> entities, int share) {
		long used = 0;
		for (Entity entity : entities) {
			used += Math.min(entity.mentions().size(), share);
		}
		return used;
	}

}
