package io.articleflow.extract.kb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Common given names of English-speaking countries ({@code gazetteer/given-names.tsv}, generated from public data by
 * {@code src/main/gazetteer/generate.sh}), for the person rules: a capitalised word that is a given name
 * ({@code Lloyd}, {@code Antony}) likely opens a person's name. Some given names are common English words too
 * ({@code May}, {@code Will}, {@code Grace}); {@link #isAlsoWord} tells them, so a rule can ask for more evidence
 * before it trusts one. Loaded once, immutable, thread-safe.
 */
public final class GivenNames {

	private static final String RESOURCE = "gazetteer/given-names.tsv";

	private final Set<String> names;

	private final Set<String> alsoWords;

	private GivenNames(Set<String> names, Set<String> alsoWords) {
		this.names = names;
		this.alsoWords = alsoWords;
	}

	/** The built-in list, read on first use. */
	public static GivenNames builtIn() {
		return Holder.BUILT_IN;
	}

	/**
	 * Whether the token is a given name written as a name: a capital initial ({@code John}, {@code JOHN}), any
	 * diacritics ({@code Zoë} is {@code Zoe}). {@code john} is not.
	 */
	public boolean contains(String token) {
		return isCapitalised(token) && names.contains(KnowledgeBase.key(token));
	}

	/** Whether the token is a given name that is also a common English word ({@code May}, {@code Will}). */
	public boolean isAlsoWord(String token) {
		return contains(token) && alsoWords.contains(KnowledgeBase.key(token));
	}

	/**
	 * Whether the folded word ({@link io.articleflow.extract.text.ArticleText#foldedToken}) is a given name that is
	 * not also a common English word; the caller checks the capital initial. Allocation-free, for the hot path.
	 */
	public boolean isNameOnly(String foldedWord) {
		return names.contains(foldedWord) && !alsoWords.contains(foldedWord);
	}

	/** How many names the list holds. */
	public int size() {
		return names.size();
	}

	private static boolean isCapitalised(String token) {
		return token != null && !token.isEmpty() && Character.isUpperCase(token.charAt(0));
	}

	/**
	 * Parses the list: one folded name a line, optionally followed by a tab and {@code word}.
	 * @throws IllegalArgumentException on a malformed line, named with its number
	 */
	static GivenNames parse(String source, String content) {
		Set<String> names = new HashSet<>();
		Set<String> alsoWords = new HashSet<>();
		TsvRows.forEach(source, content, columns -> {
			String name = columns[0].strip();
			String mark = columns.length > 1 ? columns[1].strip() : "";
			if (name.isEmpty() || !name.equals(KnowledgeBase.key(name)) || !(mark.isEmpty() || mark.equals("word"))) {
				throw new IllegalArgumentException("expected a folded name, then optionally 'word'");
			}
			names.add(name);
			if (!mark.isEmpty()) {
				alsoWords.add(name);
			}
		});
		return new GivenNames(Set.copyOf(names), Set.copyOf(alsoWords));
	}

	/** Loads the built-in list once, on first use, whichever thread asks first. */
	private static final class Holder {

		static final GivenNames BUILT_IN = load();

		private static GivenNames load() {
			try (InputStream in = GivenNames.class.getClassLoader().getResourceAsStream(RESOURCE)) {
				if (in == null) {
					throw new IllegalStateException("resource not found: " + RESOURCE);
				}
				return parse(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot read " + RESOURCE, ex);
			}
		}

	}

}
