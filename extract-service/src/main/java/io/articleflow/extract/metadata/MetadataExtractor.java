package io.articleflow.extract.metadata;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.articleflow.common.event.ArticleMetadata;
import io.articleflow.common.event.Byline;
import io.articleflow.common.event.Entity;
import io.articleflow.extract.date.DateLineParser;
import io.articleflow.extract.date.DateStamp;
import io.articleflow.extract.kb.KbEntry;
import io.articleflow.extract.kb.KbFlag;
import io.articleflow.extract.kb.KnowledgeBase;
import io.articleflow.extract.language.LanguageIdentifier;
import io.articleflow.extract.text.ArticleText;
import io.articleflow.extract.text.RegexAt;

/**
 * What an article says about itself: title, publication date, byline, publication, translator and language. The text
 * comes first; what the file format said ({@code title}, {@code author}, {@code created}, {@code publisher}) fills the
 * gaps. Thread-safe.
 */
public final class MetadataExtractor {

	/** Splits words at white space (precompiled: {@code String.split} compiles such a pattern on every call). */
	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final Pattern DATELINE = Pattern.compile("^(.{2,60}?)\\s+[-\u2013\u2014]\\s+\\S");

	/** {@code Hanoi (VNA) - ...}, {@code KUALA LUMPUR, Sept 5 (Bernama) -- ...}. */
	private static final Pattern AGENCY_DATELINE = Pattern.compile("^[^()\\n]{2,60}\\((\\p{Lu}[^()\\n]{1,40})\\)\\s*[-\u2013\u2014]");

	private static final Pattern SOURCE = Pattern.compile("(?im)^(?:source|nguồn)\\s*:\\s*([^\\n,;()]{2,80})");

	private static final Pattern PUBLISHED_IN = Pattern.compile("(?i)\\bpublished (?:in|by|on) (?:the )?([^\\n,;()]{2,80})");

	private static final Pattern TRANSLATOR = Pattern
		.compile("(?i:translated by)\\s+(\\p{Lu}[\\p{L}\\p{M}'\\-]*(?:[ \\t]+\\p{Lu}[\\p{L}\\p{M}'\\-]*){0,3})");

	private static final Pattern CREDIT_LINE = Pattern.compile("(?i)^(?:translated|written|reported|compiled|edited|photos?)?\\s*by\\b.*|^(?:source|photo)\\s*:.*");

	private static final Pattern BYLINE_START = Pattern.compile("^(?:(?:Senior|Lieutenant|Major|Brigadier|Rear|Vice|General"
			+ "|Colonel|Captain|Admiral|Assoc\\.|Associate|Prof\\.|Professor|Dr\\.?|Gen\\.|Lt\\.|Col\\.|Maj\\.|Capt\\.)[ ,]+)+"
			+ "(?:\\p{Lu}|,|$)");

	/** What a headline may open with besides a letter or digit: a quotation ({@code 'Early and from afar' ...}). */
	private static final String OPENING_MARKS = "\"'\u2018\u201c\u00ab([";

	/** How many lines from the top may carry the date. */
	private static final int DATE_LINES = 12;

	/** Lines up to this long are header lines whose dates may stand among other words. */
	private static final int SHORT_LINE = 120;

	private static final List<String> DATE_KEYS = List.of("published", "created", "date", "dcterms:created",
			"meta:creation-date");

	private static final List<String> PUBLICATION_KEYS = List.of("publication", "publisher", "site_name", "og:site_name");

	private final DateLineParser dateLines = new DateLineParser();

	private final BylineParser bylines = new BylineParser();

	private final KnowledgeBase knowledgeBase;

	private final LanguageIdentifier languages;

	public MetadataExtractor(KnowledgeBase knowledgeBase, LanguageIdentifier languages) {
		this.knowledgeBase = knowledgeBase;
		this.languages = languages;
	}

	/**
	 * The publication date of the article: its header date line; else a full date inside a short header line
	 * ({@code By Hai Hien January 8, 2025 | 04:30 pm}) or before the agency of a dateline ({@code Hanoi, November 5,
	 * 2024 (VNA) - ...}); else the file format's date ({@code published}, {@code created}); else the document's date
	 * from its source (a file's modification time, an object's {@code LastModified}).
	 * @param documentDate the source's date of the document (ISO 8601), or {@code null}
	 */
	public Optional<PublicationDate> publicationDate(String cleanedText, Map<String, String> sourceMetadata,
			String documentDate) {
		Optional<DateStamp> stated = statedDate(cleanedText);
		if (stated.isPresent()) {
			return stated.map(PublicationDate::fromText);
		}
		for (String key : DATE_KEYS) {
			Optional<DateStamp> stamp = dateLines.parseMetadataValue(sourceMetadata.get(key));
			if (stamp.isPresent()) {
				return stamp.map(PublicationDate::fromSource);
			}
		}
		return dateLines.parseMetadataValue(documentDate).map(PublicationDate::fromSource);
	}

	/** The publication date the text states, see {@link #publicationDate}. */
	private Optional<DateStamp> statedDate(String cleanedText) {
		ArticleLines lines = new ArticleLines(cleanedText);
		List<ArticleLines.Line> first = lines.all().subList(0, Math.min(lines.all().size(), DATE_LINES));
		for (ArticleLines.Line line : first) {
			Optional<DateStamp> stamp = dateLines.parseLine(line.text());
			if (stamp.isPresent()) {
				return stamp;
			}
		}
		for (ArticleLines.Line line : first) {
			String text = line.text();
			if (text.length() > SHORT_LINE) {
				Matcher agency = AGENCY_DATELINE.matcher(text);
				if (!agency.find()) {
					continue;
				}
				text = text.substring(0, agency.start(1));
			}
			Optional<DateStamp> stamp = dateLines.findInLine(text);
			if (stamp.isPresent()) {
				return stamp;
			}
		}
		return Optional.empty();
	}

	/**
	 * The article's metadata.
	 * @param article the cleaned text, tokenized (its folded form is read, not folded again)
	 * @param published its publication date, see {@link #publicationDate}
	 * @param entities its entities (persons name the byline)
	 * @param sourceMetadata what the file format said; may be empty
	 */
	public ArticleMetadata extract(ArticleText article, Optional<PublicationDate> published, List<Entity> entities,
			Map<String, String> sourceMetadata) {
		String cleanedText = article.text();
		ArticleLines lines = new ArticleLines(cleanedText);
		String title = title(lines);
		if (title == null) {
			title = blankToNull(sourceMetadata.get("title"));
		}
		if (title == null) {
			title = leadTitle(lines);
		}
		Byline author = bylines.parse(lines, entities);
		if (author == null && blankToNull(sourceMetadata.get("author")) != null) {
			author = new Byline(sourceMetadata.get("author").strip(), null, null);
		}
		String folded = article.folded();
		String publication = publication(cleanedText, folded, lines);
		if (publication == null) {
			publication = PUBLICATION_KEYS.stream()
				.map(sourceMetadata::get)
				.map(MetadataExtractor::blankToNull)
				.filter(v -> v != null)
				.findFirst()
				.orElse(null);
		}
		String translatorName = null;
		int credit = folded.indexOf("translated by");
		if (credit >= 0) {
			Matcher translator = TRANSLATOR.matcher(cleanedText).region(credit, cleanedText.length());
			translatorName = translator.lookingAt() ? translator.group(1).strip() : null;
		}
		return new ArticleMetadata(title, published.map(p -> p.stamp().iso()).orElse(null), author, publication,
				translatorName, languages.identify(cleanedText), published.map(PublicationDate::source).orElse(null));
	}

	/** The first header line that reads as a headline; a later one that ends the same is the cleaner form. */
	private String title(ArticleLines lines) {
		String title = null;
		for (ArticleLines.Line line : lines.header()) {
			String text = line.text();
			if (!isTitleCandidate(text)) {
				continue;
			}
			if (title == null) {
				title = text;
			}
			else if (title.endsWith(text) && text.length() >= 10) {
				return text; // "CP of Vietnam, Lifting defence ..." then "Lifting defence ...": a site prefix
			}
		}
		return title;
	}

	/**
	 * A date line with more after a bar: {@code June 19, 2023 02:48 pm | Updated 02:48 pm IST - New Delhi}; the page's
	 * stamp, not a headline.
	 */
	private boolean startsWithStamp(String text) {
		int bar = text.indexOf('|');
		return bar > 0 && dateLines.parseLine(text.substring(0, bar)).isPresent();
	}

	/**
	 * For an article without a headline line: its first sentence ({@link LeadTitle}), from the first line that is
	 * not a date line, a byline or a credit (running text that opens with a rank is no byline).
	 */
	private String leadTitle(ArticleLines lines) {
		for (ArticleLines.Line line : lines.all()) {
			String text = line.text().strip();
			if (text.length() < 8 || dateLines.parseLine(text).isPresent() || startsWithStamp(text)
					|| CREDIT_LINE.matcher(text).matches()
					|| !ArticleLines.isRunningText(text) && BYLINE_START.matcher(text).find()) {
				continue;
			}
			String title = LeadTitle.of(text);
			if (title != null) {
				return title;
			}
		}
		return null;
	}

	private boolean isTitleCandidate(String text) {
		if (text.length() < 8 || text.length() > 250 || !Character.isLetterOrDigit(text.charAt(0))
				&& OPENING_MARKS.indexOf(text.charAt(0)) < 0) {
			return false;
		}
		char last = text.charAt(text.length() - 1);
		if (last == '.' && !text.endsWith("...") || last == ':' || last == ',') {
			return false;
		}
		return dateLines.parseLine(text).isEmpty() && !startsWithStamp(text) && !CREDIT_LINE.matcher(text).matches()
				&& !BYLINE_START.matcher(text).find();
	}

	private String publication(String text, String folded, ArticleLines lines) {
		for (ArticleLines.Line line : lines.body(3)) {
			Matcher agency = AGENCY_DATELINE.matcher(line.text());
			if (agency.find()) {
				String name = publicationName(agency.group(1));
				if (name != null) {
					return name;
				}
			}
			Matcher dateline = DATELINE.matcher(line.text());
			if (dateline.find()) {
				String name = publicationName(dateline.group(1));
				if (name != null) {
					return name;
				}
			}
		}
		String name = publicationAfter(text, folded, SOURCE, "source");
		if (name == null) {
			name = publicationAfter(text, folded, SOURCE, "nguon");
		}
		return name != null ? name : publicationAfter(text, folded, PUBLISHED_IN, "published ");
	}

	/**
	 * The publication a credit names, the pattern tried only where its key word stands: "source" is common in running
	 * text, and a case-insensitive scan of the whole text from every offset costs more than the rest of this class.
	 */
	private String publicationAfter(String text, String folded, Pattern pattern, String keyWord) {
		Matcher m = pattern.matcher(text);
		for (int at = folded.indexOf(keyWord); at >= 0; at = folded.indexOf(keyWord, at + 1)) {
			if (RegexAt.match(m, at) != null) {
				String name = publicationName(m.group(1));
				if (name != null) {
					return name;
				}
			}
		}
		return null;
	}

	/** The publication named at the start of the phrase (its longest known name), or null. */
	private String publicationName(String phrase) {
		String[] words = SPACES.split(phrase.strip());
		for (int n = Math.min(words.length, 6); n >= 1; n--) {
			String candidate = String.join(" ", java.util.Arrays.copyOf(words, n));
			Optional<KbEntry> entry = knowledgeBase.byName(candidate);
			if (entry.isPresent() && entry.get().has(KbFlag.PUBLICATION)) {
				return entry.get().canonicalName();
			}
		}
		return null;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
