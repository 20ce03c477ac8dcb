package io.articleflow.index.api;

/** No indexed article mentions the requested entity: 404 with an {@link ApiError}. */
public class EntityNotFoundException extends RuntimeException {

	public EntityNotFoundException(String id) {
		super("no indexed article mentions an entity with id '" + id + "'");
	}

}
