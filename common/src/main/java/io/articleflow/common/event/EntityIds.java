package io.articleflow.common.event;

import java.text.Normalizer;
import java.util.Locale;

/** Stable entity ids derived from type and canonical name, for entities the knowledge base does not know. */
public final class EntityIds {

	private EntityIds() {
	}

	/**
	 * The id of an entity: {@code <type>:<slug>}, e.g. {@code person:phan-van-giang}; the same name in any article
	 * gives the same id, so facets and joins across articles work without a shared registry.
	 */
	public static String of(EntityType type, String canonicalName) {
		String folded = Normalizer.normalize(canonicalName, Normalizer.Form.NFKD)
			.replaceAll("\\p{M}+", "")
			.replace('đ', 'd')
			.replace('Đ', 'D')
			.toLowerCase(Locale.ROOT);
		String slug = folded.replaceAll("['’]", "").replaceAll("[^\\p{Alnum}]+", "-").replaceAll("(^-|-$)", "");
		return type.name().toLowerCase(Locale.ROOT) + ":" + slug;
	}

}
