package io.articleflow.extract.entity;

import java.util.List;
import java.util.regex.Pattern;

import io.articleflow.extract.kb.KnowledgeBase;
import io.articleflow.extract.text.ArticleText;
import io.articleflow.extract.text.RegexAt;

/**
 * Vietnamese writing calls the country's halves {@code the South} and {@code the North} ({@code the liberation of the
 * South and reunification of the country}); in an article about Vietnam these are South and North Vietnam.
 */
final class HomeRegions {

	/** What may follow the region's name: not a name going on ({@code the South China Sea}, {@code the North of}). */
	private static final Pattern NAME_GOES_ON = Pattern.compile("[\\p{L}\\-']| \\p{Lu}| of\\b");

	private final KnowledgeBase knowledgeBase;

	HomeRegions(KnowledgeBase knowledgeBase) {
		this.knowledgeBase = knowledgeBase;
	}

	void propose(ArticleText article, List<Candidate> into) {
		String text = article.text();
		if (!text.contains("the South") && !text.contains("the North")) {
			return;
		}
		if (!(text.contains("Vietnam") || text.contains("Viet Nam"))) {
			return;
		}
		for (String region : new String[] { "South", "North" }) {
			String name = region.equals("South") ? "South Vietnam" : "North Vietnam";
			int from = 0;
			int at;
			while ((at = text.indexOf("the " + region, from)) >= 0) {
				int start = at + 4;
				int end = start + region.length();
				from = end;
				boolean wordStart = at == 0 || !Character.isLetter(text.charAt(at - 1));
				if (!wordStart || RegexAt.match(NAME_GOES_ON.matcher(text), end) != null) {
					continue;
				}
				knowledgeBase.byName(name)
					.ifPresent(entry -> into.add(Candidate.ofKb(start, end, entry, Candidate.HEAD_WORD)));
			}
		}
	}

}
