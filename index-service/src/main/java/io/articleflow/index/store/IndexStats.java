package io.articleflow.index.store;

import java.util.Map;

import io.articleflow.common.event.EntityType;

/**
 * What the index holds.
 *
 * @param documents how many articles are searchable
 * @param distinctEntities for every entity type, how many distinct entities (by id) the articles mention
 */
public record IndexStats(long documents, Map<EntityType, Integer> distinctEntities) {

	public IndexStats {
		distinctEntities = Map.copyOf(distinctEntities);
	}

}
