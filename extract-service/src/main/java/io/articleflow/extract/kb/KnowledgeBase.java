package io.articleflow.extract.kb;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.articleflow.extract.text.CharFolding;

/**
 * The entities the extractor knows by name, with a version that is part of the analyzer's version. Immutable and
 * shared by all threads.
 */
public final class KnowledgeBase {

	private final String version;

	private final Map<String, KbEntry> byId;

	private final Map<String, KbEntry> byFoldedAlias;

	KnowledgeBase(String version, Collection<KbEntry> entries) {
		this.version = version;
		Map<String, KbEntry> ids = new LinkedHashMap<>();
		for (KbEntry entry : entries) {
			ids.put(entry.id(), entry);
		}
		this.byId = Collections.unmodifiableMap(ids);
		Map<String, KbEntry> aliases = new LinkedHashMap<>();
		for (KbEntry entry : ids.values()) {
			for (String alias : namesOf(entry)) {
				for (String variant : AliasVariants.of(alias)) {
					aliases.putIfAbsent(key(variant), entry);
				}
			}
		}
		this.byFoldedAlias = Collections.unmodifiableMap(aliases);
	}

	/** Every name an entry is written with: canonical name, aliases, acronyms. */
	static List<String> namesOf(KbEntry entry) {
		List<String> names = new java.util.ArrayList<>(1 + entry.aliases().size() + entry.acronyms().size());
		names.add(entry.canonicalName());
		names.addAll(entry.aliases());
		names.addAll(entry.acronyms());
		return names;
	}

	/** The lookup key of a name: folded, white space single. */
	public static String key(String name) {
		StringBuilder out = new StringBuilder(name.length());
		boolean space = false;
		for (int i = 0; i < name.length(); i++) {
			char c = CharFolding.fold(name.charAt(i));
			if (Character.isWhitespace(c)) {
				space = out.length() > 0;
				continue;
			}
			if (space) {
				out.append(' ');
				space = false;
			}
			out.append(c);
		}
		return out.toString();
	}

	/** E.g. {@code 2026.11.1}, or {@code 2026.11.1+ops.1a2b3c4d} with an operator file merged in. */
	public String version() {
		return version;
	}

	public Collection<KbEntry> entries() {
		return byId.values();
	}

	public Optional<KbEntry> byId(String id) {
		return Optional.ofNullable(byId.get(id));
	}

	/** The entry one of whose names (in any spelling variant) folds to the same key as the given name. */
	public Optional<KbEntry> byName(String name) {
		return Optional.ofNullable(byFoldedAlias.get(key(name)));
	}

	/** Every folded name with its entry, spelling variants included. */
	Map<String, KbEntry> foldedNames() {
		return byFoldedAlias;
	}

}
