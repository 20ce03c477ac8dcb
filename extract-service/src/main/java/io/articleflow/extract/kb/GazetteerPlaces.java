package io.articleflow.extract.kb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.articleflow.common.event.EntityIds;
import io.articleflow.common.event.EntityType;

/**
 * The generated gazetteers of places ({@code gazetteer/countries.tsv}, {@code gazetteer/cities.tsv}, written by
 * {@code src/main/gazetteer/generate.sh} from public data), merged into the knowledge base below its curated entries:
 * a place none of whose names the knowledge base knows becomes a new {@link EntityType#LOCATION} entry; a country
 * that one curated location already names keeps that entry as it is and lends it the names it lacks
 * ({@code Syrian Arab Republic} for {@code Syria}); any other place that shares a name with a known entry is left out,
 * so a curated entity, of whatever type, always keeps its names.
 *
 * <p>
 * File formats (tab-separated, {@code #} comments): countries {@code code, canonical, aliases, acronyms}; cities
 * {@code canonical, aliases, country code, population} (aliases and acronyms {@code |}-separated).
 */
final class GazetteerPlaces {

	/** One place of a gazetteer. */
	record Place(String canonicalName, List<String> aliases, List<String> acronyms, boolean country) {

		List<String> names() {
			List<String> names = new ArrayList<>(1 + aliases.size() + acronyms.size());
			names.add(canonicalName);
			names.addAll(aliases);
			names.addAll(acronyms);
			return names;
		}

	}

	private GazetteerPlaces() {
	}

	/**
	 * Parses one gazetteer file.
	 * @param source the file's name, for error messages
	 * @param countries whether the file lists countries (else cities)
	 * @throws IllegalArgumentException on a malformed line, named with its number
	 */
	static List<Place> parse(String source, String content, boolean countries) {
		List<Place> places = new ArrayList<>();
		int name = countries ? 1 : 0;
		TsvRows.forEach(source, content, columns -> {
			if (columns.length <= name || columns[name].isBlank()) {
				throw new IllegalArgumentException("expected a canonical name in column " + (name + 1));
			}
			places.add(new Place(columns[name].strip(), list(columns, name + 1),
					countries ? list(columns, name + 2) : List.of(), countries));
		});
		return places;
	}

	/** Adds the places to the entries (by id, in order) as the class comment says; returns how many were added. */
	static int mergeInto(Map<String, KbEntry> entries, List<Place> places) {
		Map<String, KbEntry> byKey = new HashMap<>();
		for (KbEntry entry : entries.values()) {
			index(entry, byKey);
		}
		int added = 0;
		for (Place place : places) {
			Set<KbEntry> known = new LinkedHashSet<>();
			List<String> unknown = new ArrayList<>();
			for (String name : place.names()) {
				KbEntry hit = lookup(name, byKey);
				if (hit != null) {
					known.add(hit);
				}
				else {
					unknown.add(name);
				}
			}
			if (known.isEmpty()) {
				KbEntry entry = new KbEntry(EntityIds.of(EntityType.LOCATION, place.canonicalName()), EntityType.LOCATION,
						place.canonicalName(), place.aliases(), place.acronyms(), null, Set.of());
				if (entries.putIfAbsent(entry.id(), entry) == null) {
					index(entry, byKey);
					added++;
				}
			}
			else if (place.country() && known.size() == 1 && !unknown.isEmpty()
					&& known.iterator().next().type() == EntityType.LOCATION) {
				KbEntry widened = widen(known.iterator().next(), unknown, place);
				entries.put(widened.id(), widened);
				index(widened, byKey);
			}
		}
		return added;
	}

	/** The curated entry with the country's names it lacks appended, everything else as it was. */
	private static KbEntry widen(KbEntry curated, List<String> unknown, Place place) {
		List<String> aliases = new ArrayList<>(curated.aliases());
		List<String> acronyms = new ArrayList<>(curated.acronyms());
		for (String name : unknown) {
			(place.acronyms().contains(name) ? acronyms : aliases).add(name);
		}
		return new KbEntry(curated.id(), curated.type(), curated.canonicalName(), aliases, acronyms,
				curated.wikidataId(), curated.flags());
	}

	private static KbEntry lookup(String name, Map<String, KbEntry> byKey) {
		for (String variant : AliasVariants.of(name)) {
			KbEntry hit = byKey.get(KnowledgeBase.key(variant));
			if (hit != null) {
				return hit;
			}
		}
		return null;
	}

	/** Indexes the entry's names; a name of another entry keeps that entry, a widened entry replaces its old self. */
	private static void index(KbEntry entry, Map<String, KbEntry> byKey) {
		for (String name : KnowledgeBase.namesOf(entry)) {
			for (String variant : AliasVariants.of(name)) {
				byKey.merge(KnowledgeBase.key(variant), entry, (old, added) -> old.id().equals(added.id()) ? added : old);
			}
		}
	}

	private static List<String> list(String[] columns, int index) {
		if (index >= columns.length) {
			return List.of();
		}
		List<String> values = new ArrayList<>();
		for (String value : columns[index].split("\\|")) {
			if (!value.isBlank()) {
				values.add(value.strip());
			}
		}
		return values;
	}

}
