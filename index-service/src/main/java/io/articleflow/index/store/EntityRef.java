package io.articleflow.index.store;

import io.articleflow.common.event.EntityType;

/**
 * An entity as result lists show it.
 *
 * @param id stable entity id
 * @param type what kind of entity
 * @param name canonical name
 */
public record EntityRef(String id, EntityType type, String name) {
}
