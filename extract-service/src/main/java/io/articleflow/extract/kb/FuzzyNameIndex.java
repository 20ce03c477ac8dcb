package io.articleflow.extract.kb;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the knowledge-base entry a long name refers to despite one typing error ({@code Cenral African Republic},
 * {@code ASEAN Poliitical-Security Community}): names of at least {@value #MIN_LENGTH} characters are indexed with
 * all their one-character deletions (the symmetric-deletion method), so a lookup costs a few hash probes. Short names
 * are excluded: one edit turns too many of them into another word.
 */
public final class FuzzyNameIndex {

	/** Shortest folded name indexed. */
	public static final int MIN_LENGTH = 12;

	private final Map<String, KbEntry> exact = new HashMap<>();

	private final Map<String, KbEntry> deletions = new HashMap<>();

	public FuzzyNameIndex(KnowledgeBase knowledgeBase) {
		for (Map.Entry<String, KbEntry> name : knowledgeBase.foldedNames().entrySet()) {
			String key = name.getKey();
			if (key.length() < MIN_LENGTH || name.getValue().acronyms().stream().anyMatch(a -> KnowledgeBase.key(a).equals(key))) {
				continue;
			}
			exact.put(key, name.getValue());
			for (int i = 0; i < key.length(); i++) {
				String deleted = key.substring(0, i) + key.substring(i + 1);
				// a deletion shared by two entries identifies neither
				deletions.merge(deleted, name.getValue(), (a, b) -> a.equals(b) ? a : AMBIGUOUS);
			}
		}
	}

	private static final KbEntry AMBIGUOUS = new KbEntry("ambiguous", io.articleflow.common.event.EntityType.LOCATION,
			"ambiguous", java.util.List.of(), java.util.List.of(), null, java.util.Set.of());

	/**
	 * The entry whose name is within one insertion, deletion or substitution of the given folded name.
	 * @param folded a folded name of at least {@value #MIN_LENGTH} characters
	 */
	public Optional<KbEntry> lookup(String folded) {
		if (folded.length() < MIN_LENGTH - 1) {
			return Optional.empty();
		}
		KbEntry hit = exact.get(folded);
		if (hit == null) {
			hit = deletions.get(folded);
		}
		// the name without its character i, for each i: one buffer, one character moved per step
		char[] without = new char[folded.length() - 1];
		folded.getChars(1, folded.length(), without, 0);
		for (int i = 0; hit == null && i < folded.length(); i++) {
			if (i > 0) {
				without[i - 1] = folded.charAt(i - 1);
			}
			String deleted = new String(without);
			hit = exact.get(deleted);
			if (hit == null) {
				hit = deletions.get(deleted);
			}
		}
		return hit == null || hit == AMBIGUOUS ? Optional.empty() : Optional.of(hit);
	}

}
