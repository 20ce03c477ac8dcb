package io.articleflow.extract.entity;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.articleflow.common.event.EntityType;
import io.articleflow.extract.text.ArticleText;
import io.articleflow.extract.text.RegexAt;
import io.articleflow.extract.text.CharFolding;

/**
 * Legal instruments the text identifies without a name the knowledge base could know:
 * <ul>
 * <li>numbered documents of the Vietnamese system ({@code Resolution No. 22-NQ/TW}, {@code Directive No. 25-CT/TW},
 * {@code Resolution No. 130/2020/QH14}, {@code Decree 01/2020/ND-CP}); the document code names the kind, so
 * {@code Instructions No. 25-CT/TW} is Directive No. 25-CT/TW; {@code No.} is kept only where the text writes it, and
 * both forms are one document;</li>
 * <li>resolutions of a Central Committee plenum ({@code Resolution of the 8th Plenum of the 11th Party Central
 * Committee}, {@code Resolution of the 8th Central Committee, term XI});</li>
 * <li>strategies with a horizon or a situation ({@code Strategy for international integration and defense diplomacy
 * until 2030 and beyond}, {@code Strategy for National Defense in the new situation}).</li>
 * </ul>
 */
final class LegalReferences {

	private static final String KINDS = "Resolutions?|Directives?|Instructions?|Decisions?|Decrees?|Circulars?|Conclusions?"
			+ "|Regulations?|Laws?|Ordinances?|Orders?|Notices?|Plans?|Programmes?|Programs?|Projects?|Dispatch(?:es)?"
			+ "|Official Letters?|Nghị quyết|Chỉ thị|Quyết định|Nghị định|Thông tư|Kết luận|Luật|Quy định";

	/** A document number: {@code 22-NQ/TW}, {@code 130/2020/QH14}, {@code 01/2020/NĐ-CP}, {@code 123/QĐ-TTg}. */
	private static final String CODED_NUMBER = "\\d{1,5}(?:/\\d{4})?(?:[/\\-][\\p{Lu}Đ][\\p{L}\\d]{0,7})+(?:[/\\-][\\p{L}\\d]{1,8})*";

	private static final Pattern NUMBERED = Pattern.compile("(?<![\\p{L}])(" + KINDS + ")\\s+(?:(?:No\\.?|Number|số|#)\\s*("
			+ CODED_NUMBER + "|\\d{1,5}(?![\\d/\\-]))|(" + CODED_NUMBER + "))");

	private static final String ORDINAL = Ordinals.PATTERN;

	private static final Pattern PLENUM_RESOLUTION = Pattern.compile("(?<![\\p{L}])[Rr]esolution\\s+(?:of|at|adopted (?:at|by))\\s+the\\s+"
			+ ORDINAL + "\\s+(?:Plenum|plenum|[Pp]lenary [Ss]ession|(?:Party )?Central Committee(?: Plenum| plenum)?"
			+ "|(?:Party )?Central Committee's [Pp]lenum)"
			+ "(?:(?:,\\s*|\\s+of\\s+)(?:the\\s+)?" + Ordinals.BARE + "\\s+(?:term|tenure|Party Central Committee|Central Committee)"
			+ "|,\\s*(?:term|tenure)\\s+([IVXL]+|\\d{1,2}))?");

	private static final Pattern TERM_ORDINAL = Pattern.compile(ORDINAL + "\\s+(?:term|tenure|Party Central Committee|Central Committee)");

	private static final Pattern STRATEGY = Pattern.compile("(?<![\\p{L}])[Ss]trategy\\s+(?:for|of|on|to)\\s+[^.;:\\n()\"]{3,100}?\\s+"
			+ "(?:(?i:in the new (?:situation|context|period|era|stage))|(?:to|until|till|towards?|by)\\s+(?:the year\\s+)?\\d{4}"
			+ "(?:\\s+and\\s+(?:beyond|the (?:following|next|subsequent) years)|,?\\s+with (?:a |the )?vision (?:to|until|towards?)"
			+ " (?:the year\\s+)?\\d{4})?)");

	/** What the letters of a document code say the document is. */
	private static final Map<String, String> KIND_BY_CODE = Map.ofEntries(Map.entry("nq", "Resolution"),
			Map.entry("ct", "Directive"), Map.entry("qd", "Decision"), Map.entry("nd", "Decree"), Map.entry("tt", "Circular"),
			Map.entry("kl", "Conclusion"), Map.entry("qc", "Regulation"), Map.entry("tb", "Notice"), Map.entry("kh", "Plan"),
			Map.entry("hd", "Guideline"));

	private static final Map<String, String> KIND_BY_WORD = Map.ofEntries(Map.entry("nghi quyet", "Resolution"),
			Map.entry("chi thi", "Directive"), Map.entry("quyet dinh", "Decision"), Map.entry("nghi dinh", "Decree"),
			Map.entry("thong tu", "Circular"), Map.entry("ket luan", "Conclusion"), Map.entry("luat", "Law"),
			Map.entry("quy dinh", "Regulation"), Map.entry("instruction", "Directive"), Map.entry("dispatche", "Dispatch"),
			Map.entry("programme", "Program"));

	/** Words that may open a numbered document reference (folded). */
	private static final Set<String> KIND_WORDS = Set.of("resolution", "resolutions", "directive", "directives",
			"instruction", "instructions", "decision", "decisions", "decree", "decrees", "circular", "circulars",
			"conclusion", "conclusions", "regulation", "regulations", "law", "laws", "ordinance", "ordinances", "order",
			"orders", "notice", "notices", "plan", "plans", "programme", "programmes", "program", "programs", "project",
			"projects", "dispatch", "dispatches", "official", "nghi", "chi", "quyet", "thong", "ket", "luat", "quy");

	void propose(ArticleText article, List<Candidate> into) {
		String text = article.text();
		Matcher numbered = NUMBERED.matcher(text);
		Matcher plenum = PLENUM_RESOLUTION.matcher(text);
		Matcher strategy = STRATEGY.matcher(text);
		for (int t = 0; t < article.size(); t++) {
			if (article.kind(t) != ArticleText.WORD) {
				continue;
			}
			int length = article.end(t) - article.start(t);
			if (length < 3 || length > 13) {
				continue;
			}
			String word = article.foldedToken(t);
			int at = article.start(t);
			Matcher m;
			if (KIND_WORDS.contains(word) && (m = RegexAt.match(numbered, at)) != null) {
				String number = m.group(2) != null ? m.group(2) : m.group(3);
				String kind = kindOf(m.group(1), number);
				// grouped by kind and number however written; named as written ("Decree 168/2024/ND-CP" stays so)
				String key = "law:" + CharFolding.fold(kind + " No. " + number);
				String canonical = kind + (m.group(2) != null ? " No. " : " ") + number;
				into.add(Candidate.of(m.start(), m.end(), EntityType.LAW, key, canonical, null, Candidate.STRONG_RULE));
			}
			if ("resolution".equals(word) && (m = RegexAt.match(plenum, at)) != null) {
				into.add(plenumResolution(text, m));
			}
			if ("strategy".equals(word) && (m = RegexAt.match(strategy, at)) != null) {
				String surface = m.group();
				String canonical = Character.toUpperCase(surface.charAt(0)) + surface.substring(1);
				into.add(Candidate.of(m.start(), m.end(), EntityType.LAW, "law:" + CharFolding.fold(canonical), canonical,
						null, Candidate.STRONG_RULE));
			}
		}
	}

	/** A plenum's resolution is identified by plenum and term: the same resolution however the text words it. */
	private static Candidate plenumResolution(String text, Matcher m) {
		int plenum = Ordinals.value(m.group(1));
		int term = 0;
		Matcher t = TERM_ORDINAL.matcher(text).region(m.end(1), m.end());
		if (t.find()) {
			term = Ordinals.value(t.group(1));
		}
		else if (m.group(2) != null) {
			term = Ordinals.value(m.group(2));
		}
		String key = "law:plenum-" + plenum + (term > 0 ? "-term-" + term : "");
		return Candidate.of(m.start(), m.end(), EntityType.LAW, key, m.group(), null, Candidate.STRONG_RULE);
	}

	private static final Pattern LETTERS = Pattern.compile("\\p{L}+");

	private static String kindOf(String word, String number) {
		Matcher letters = LETTERS.matcher(number);
		if (letters.find()) {
			String code = CharFolding.fold(letters.group());
			String kind = KIND_BY_CODE.get(code);
			if (kind != null) {
				return kind;
			}
		}
		String folded = CharFolding.fold(word);
		if (folded.endsWith("s") && !folded.endsWith("ss")) {
			folded = folded.substring(0, folded.length() - 1);
		}
		String kind = KIND_BY_WORD.get(folded);
		if (kind != null) {
			return kind;
		}
		return Character.toUpperCase(folded.charAt(0)) + folded.substring(1).toLowerCase(Locale.ROOT);
	}

}
