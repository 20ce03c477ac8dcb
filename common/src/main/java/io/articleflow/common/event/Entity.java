package io.articleflow.common.event;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A distinct real-world entity of an article, with every mention of it.
 *
 * @param id stable id across articles: the knowledge-base id where the entity is known, otherwise
 *     {@link EntityIds#of derived} from type and canonical name
 * @param type what kind of entity
 * @param canonicalName standard English name; for {@link EntityType#DATE} the ISO 8601 date
 * @param rank for persons: military or civil rank the text gives, e.g. {@code General}
 * @param role for persons: position the text gives, e.g. {@code Minister of National Defense}
 * @param acronym the short form the text or the knowledge base gives, e.g. {@code VPA}
 * @param wikidataId Wikidata item id when the knowledge base knows it, e.g. {@code Q1191411}
 * @param mentions every occurrence in the cleaned text, in text order
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Entity(String id, EntityType type, String canonicalName, String rank, String role, String acronym,
		String wikidataId, List<Mention> mentions) {

	public Entity {
		mentions = mentions == null ? List.of() : List.copyOf(mentions);
	}

}
