package io.articleflow.index.api;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.articleflow.index.store.ArticleIndex;
import io.articleflow.index.store.EntityProfile;

/** Serves entity pages' data: what the indexed articles say of one entity. */
@RestController
public class EntityController {

	private final ArticleIndex index;

	private final SearchProperties properties;

	public EntityController(ArticleIndex index, SearchProperties properties) {
		this.index = index;
		this.properties = properties;
	}

	/**
	 * Canonical name, type, aliases and acronyms, the articles that mention the entity (oldest first) and its most
	 * frequent co-occurring entities per type; 404 when no article mentions it.
	 * @param id the entity id (or its canonical name, case-insensitive)
	 */
	@GetMapping(path = "/api/entities/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	public EntityProfile entity(@PathVariable String id) {
		return this.index.entity(id, this.properties.facetSize()).orElseThrow(() -> new EntityNotFoundException(id));
	}

}
