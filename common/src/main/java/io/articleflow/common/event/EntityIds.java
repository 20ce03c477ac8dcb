package io.articleflow.common.event;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Stable entity ids derived from type and canonical name, for entities the knowledge base does not know. */
public final class EntityIds {

	// compiled once: String.replaceAll compiles its pattern on every call
	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern APOSTROPHES = Pattern.compile("['’]");

	private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^\\p{Alnum}]+");

	private static final Pattern EDGE_HYPHENS = Pattern.compile("(^-|-$)");

	private EntityIds() {
	}

	/**
	 * The id of an entity: {@code <type>:<slug>}, e.g. {@code person:phan-van-giang}; the same name in any article
	 * gives the same id, so facets and joins across articles work without a shared registry.
	 */
	public static String of(EntityType type, String canonicalName) {
		String folded = MARKS.matcher(Normalizer.normalize(canonicalName, Normalizer.Form.NFKD))
			.replaceAll("")
			.replace('đ', 'd')
			.replace('Đ', 'D')
			.toLowerCase(Locale.ROOT);
		String slug = EDGE_HYPHENS
			.matcher(NON_ALPHANUMERIC.matcher(APOSTROPHES.matcher(folded).replaceAll("")).replaceAll("-"))
			.replaceAll("");
		return type.name().toLowerCase(Locale.ROOT) + ":" + slug;
	}

}
