package io.articleflow.extract.kb;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spelling variants that translations use interchangeably, so the knowledge base lists a name once: British and
 * American spelling ({@code Defence}/{@code Defense}), {@code Viet Nam}/{@code Vietnam}, a plural possessive with or
 * without its apostrophe ({@code Ministers' Meeting}) or written as a singular one ({@code Minister's Meeting}, a common
 * slip), {@code -Plus}/{@code Plus}, {@code Co-operation}.
 */
final class AliasVariants {

	private static final String[][] SWAPS = { { "Defence", "Defense" }, { "defence", "defense" }, { "Centre", "Center" },
			{ "Organisation", "Organization" }, { "organisation", "organization" }, { "Programme", "Program" },
			{ "Mobilisation", "Mobilization" }, { "Viet Nam", "Vietnam" }, { "Co-operation", "Cooperation" },
			{ "-Plus", " Plus" }, { "Labour", "Labor" } };

	/** {@code Ministers' Meeting} and {@code Ministers Meeting}. */
	private static final Pattern PLURAL_POSSESSIVE = Pattern.compile("(\\p{L}s)'(?=\\s)");

	/** {@code Ministers' Meeting} written {@code Minister's Meeting}. */
	private static final Pattern SINGULAR_SLIP = Pattern.compile("(\\p{L})s'(?=\\s)");

	private static final int MAX_VARIANTS = 32;

	private AliasVariants() {
	}

	static Set<String> of(String alias) {
		Set<String> variants = new LinkedHashSet<>();
		variants.add(alias);
		for (String[] swap : SWAPS) {
			for (String v : Set.copyOf(variants)) {
				if (variants.size() >= MAX_VARIANTS) {
					break;
				}
				if (v.contains(swap[0])) {
					variants.add(v.replace(swap[0], swap[1]));
				}
				if (v.contains(swap[1])) {
					variants.add(v.replace(swap[1], swap[0]));
				}
			}
		}
		for (String v : Set.copyOf(variants)) {
			Matcher m = PLURAL_POSSESSIVE.matcher(v);
			if (m.find()) {
				variants.add(m.replaceAll("$1"));
				variants.add(SINGULAR_SLIP.matcher(v).replaceAll("$1's"));
			}
		}
		return variants;
	}

}
