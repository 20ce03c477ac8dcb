package io.articleflow.index.store;

import java.util.List;
import java.util.Map;

import io.articleflow.common.event.EntityType;

/**
 * What the index knows of one entity across all articles.
 *
 * @param id the entity id
 * @param type what kind of entity
 * @param name its canonical name
 * @param aliases the other ways the timeline's articles write it (mention texts), at most
 *     {@link #MAX_ALIASES}
 * @param acronyms the short forms the timeline's articles give
 * @param articles how many articles mention it (all of them, not only the timeline's)
 * @param timeline the articles that mention it, oldest first: the newest {@link #MAX_TIMELINE} of them
 * @param cooccurring for every entity type, the entities most often mentioned in the same articles (counted over
 *     every article that mentions this one), without this entity
 */
public record EntityProfile(String id, EntityType type, String name, List<String> aliases, List<String> acronyms,
		long articles, List<ArticleSummary> timeline, Map<EntityType, List<FacetValue>> cooccurring) {

	/** The most articles a timeline lists, and reads to learn aliases. */
	public static final int MAX_TIMELINE = 200;

	/** The most aliases a profile lists. */
	public static final int MAX_ALIASES = 30;

	public EntityProfile {
		aliases = List.copyOf(aliases);
		acronyms = List.copyOf(acronyms);
		timeline = List.copyOf(timeline);
		cooccurring = Map.copyOf(cooccurring);
	}

}
