package io.articleflow.extract.kb;

import java.util.List;
import java.util.Set;

import io.articleflow.common.event.EntityType;

/**
 * One widely known entity of the knowledge base.
 *
 * @param id stable id, e.g. {@code organization:vietnam-peoples-army}
 * @param type the entity type
 * @param canonicalName the standard English name
 * @param aliases other names, matched case-insensitively when written with a capital initial
 * @param acronyms short forms, matched exactly
 * @param wikidataId Wikidata item id, or {@code null} when not certain
 * @param flags how the entity is mentioned
 */
public record KbEntry(String id, EntityType type, String canonicalName, List<String> aliases, List<String> acronyms,
		String wikidataId, Set<KbFlag> flags) {

	public KbEntry {
		aliases = List.copyOf(aliases);
		acronyms = List.copyOf(acronyms);
		flags = flags.isEmpty() ? Set.of() : Set.copyOf(flags);
	}

	public boolean has(KbFlag flag) {
		return flags.contains(flag);
	}

	/** The first acronym, or {@code null}. */
	public String acronym() {
		return acronyms.isEmpty() ? null : acronyms.get(0);
	}

}
