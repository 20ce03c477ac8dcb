package io.articleflow.index.store.lucene;

import io.articleflow.index.store.FacetValue;

/**
 * Facet labels that carry both the canonical name (what the page shows) and the entity id (what it filters on
 * exactly): a sorted-set facet value is one string, and looking names up separately would cost a query per value.
 * The name comes first so that equal counts list alphabetically.
 */
final class EntityFacetLabels {

	/** Never part of a canonical name or id; FacetsConfig escapes only its own delimiters, so any char is safe. */
	private static final char SEPARATOR = '\u001D';

	private EntityFacetLabels() {
	}

	static String label(String name, String id) {
		return name + SEPARATOR + id;
	}

	static FacetValue value(String label, long count) {
		int at = label.lastIndexOf(SEPARATOR);
		if (at < 0) {
			return new FacetValue(label, label, count);
		}
		return new FacetValue(label.substring(0, at), label.substring(at + 1), count);
	}

}
