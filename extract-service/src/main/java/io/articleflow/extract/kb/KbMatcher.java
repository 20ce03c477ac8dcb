package io.articleflow.extract.kb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.articleflow.common.event.EntityType;
import io.articleflow.extract.text.ArticleText;
import org.ahocorasick.trie.PayloadTrie;

/**
 * Finds every name of the knowledge base in an article with one Aho-Corasick pass over its tokens: each folded token of
 * a known name gets a code character, the article becomes a string of token codes (unknown tokens share one code), and
 * names are matched as code strings. Matching on tokens gives word boundaries by construction, ignores case and
 * diacritics through folding, and runs over a few thousand codes instead of every character. A match is kept when it is
 * written as a name: an acronym exactly as listed ({@code US}, not {@code us}), any other name with a capital initial
 * unless the name itself starts in lower case ({@code Indochinese peninsula} matches, {@code turkey} does not), and
 * within one line. A place's name right after a navy's ship prefix ({@code INS Delhi}, {@code KRI Surabaya}) or
 * before {@code -class} ({@code Pohang-class corvettes}) names a ship or a class of ships and is not returned. Overlapping matches are all returned; choosing between them is the caller's business.
 * Thread-safe.
 */
public final class KbMatcher {

	/** The code of tokens no name contains. */
	private static final char UNKNOWN = '\u0001';

	/** Codes start here, clear of control characters. */
	private static final char FIRST_CODE = '\u0100';

	/**
	 * Ship prefixes of navies of the region and of those that visit it, written as navies write them; a ship named
	 * after a place is not the place.
	 */
	private static final Set<String> SHIP_PREFIXES = Set.of("INS", "USS", "USNS", "HMS", "HMAS", "HMNZS", "HMCS", "KRI",
			"BRP", "RSS", "KD", "HTMS", "JS", "ROKS", "PNS", "BNS", "SLNS", "UMS", "TCG", "FS", "ITS", "ESPS", "HNLMS",
			"FGS", "HDMS", "HNoMS", "HSwMS", "RFS", "CNS");

	private final PayloadTrie<Name> trie;

	private final Map<String, Character> codes = new HashMap<>();

	private final KnowledgeBase knowledgeBase;

	/** One name of an entry, as the trie reports it. */
	private record Name(KbEntry entry, String written, boolean acronym) {
	}

	public KbMatcher(KnowledgeBase knowledgeBase) {
		this.knowledgeBase = knowledgeBase;
		PayloadTrie.PayloadTrieBuilder<Name> builder = PayloadTrie.builder();
		for (KbEntry entry : knowledgeBase.entries()) {
			for (String alias : KnowledgeBase.namesOf(entry)) {
				boolean acronym = entry.acronyms().contains(alias);
				for (String variant : acronym ? List.of(alias) : AliasVariants.of(alias)) {
					String keyword = encodeName(variant);
					if (!keyword.isEmpty()) {
						builder.addKeyword(keyword, new Name(entry, variant, acronym));
					}
				}
			}
		}
		this.trie = builder.build();
	}

	/** A name as token codes, adding codes for tokens not seen yet. */
	private String encodeName(String name) {
		ArticleText tokens = ArticleText.of(name);
		StringBuilder keyword = new StringBuilder(tokens.size());
		for (int t = 0; t < tokens.size(); t++) {
			String token = tokens.foldedToken(t);
			Character code = codes.get(token);
			if (code == null) {
				code = (char) (FIRST_CODE + codes.size());
				if (code >= Character.MIN_SURROGATE) {
					throw new IllegalStateException("too many distinct words in the knowledge base's names");
				}
				codes.put(token, code);
			}
			keyword.append(code.charValue());
		}
		return keyword.toString();
	}

	public KnowledgeBase knowledgeBase() {
		return knowledgeBase;
	}

	/** Every valid match in the article. */
	public List<KbMatch> find(ArticleText article) {
		int n = article.size();
		char[] encoded = new char[n];
		for (int t = 0; t < n; t++) {
			Character code = codes.get(article.foldedToken(t));
			encoded[t] = code == null ? UNKNOWN : code;
		}
		String text = article.text();
		List<KbMatch> matches = new ArrayList<>();
		trie.parseText(java.nio.CharBuffer.wrap(encoded), emit -> {
			int first = emit.getStart();
			int last = emit.getEnd();
			int start = article.start(first);
			int end = article.end(last);
			Name name = emit.getPayload();
			if (writtenAsName(text, start, end, name) && withinLine(text, start, end)
					&& !continuesAsPlus(article, last, name) && !namesAShip(article, first, last, name)) {
				matches.add(new KbMatch(start, end, name.entry(), name.acronym()));
			}
			return true;
		});
		return matches;
	}

	private static boolean namesAShip(ArticleText article, int first, int last, Name name) {
		if (name.entry().type() != EntityType.LOCATION) {
			return false;
		}
		boolean prefixed = first > 0 && article.sameLineGap(first - 1, first)
				&& SHIP_PREFIXES.contains(article.token(first - 1));
		boolean shipClass = last + 2 < article.size() && article.isPunct(last + 1, '-') && article.touching(last, last + 1)
				&& article.touching(last + 1, last + 2) && article.foldedToken(last + 2).equals("class");
		return prefixed || shipClass;
	}

	/** {@code ADMM} in {@code ADMM+} is the other event. */
	private static boolean continuesAsPlus(ArticleText article, int last, Name name) {
		return !name.written().endsWith("+") && last + 1 < article.size() && article.isPunct(last + 1, '+')
				&& article.touching(last, last + 1);
	}

	private static boolean withinLine(String text, int start, int end) {
		for (int i = start; i < end; i++) {
			if (text.charAt(i) == '\n') {
				return false;
			}
		}
		return true;
	}

	private static boolean writtenAsName(String text, int start, int end, Name name) {
		String written = name.written();
		if (name.acronym()) {
			// "US$300": a country's code fused to a currency sign names the currency
			return end - start == written.length() && text.regionMatches(start, written, 0, written.length())
					&& (end == text.length() || text.charAt(end) != '$');
		}
		if (Character.isLowerCase(written.charAt(0))) {
			return true;
		}
		char first = text.charAt(start);
		return (Character.isUpperCase(first) || Character.isDigit(first)) && !describesInLowerCase(text, end, name);
	}

	/**
	 * {@code Chinese navy and coast guard ships}: a body's name whose last word the text writes in lower case is a
	 * description ({@code Chinese Navy} is the name). Places keep their lower-case generic words ({@code Indochinese
	 * peninsula}).
	 */
	private static boolean describesInLowerCase(String text, int end, Name name) {
		if (name.entry().type() != EntityType.ORGANIZATION) {
			return false;
		}
		String written = name.written();
		int lastWord = written.lastIndexOf(' ') + 1;
		if (lastWord == 0 || !Character.isUpperCase(written.charAt(lastWord))) {
			return false;
		}
		int textWord = end;
		while (textWord > 0 && !Character.isWhitespace(text.charAt(textWord - 1))) {
			textWord--;
		}
		return Character.isLowerCase(text.charAt(textWord));
	}

}
