package io.articleflow.index.store;

/**
 * How many matching articles mention one entity.
 *
 * @param name the entity's canonical name
 * @param id the entity's id, to filter on exactly
 * @param count number of matching articles that contain the entity
 */
public record FacetValue(String name, String id, long count) {
}
