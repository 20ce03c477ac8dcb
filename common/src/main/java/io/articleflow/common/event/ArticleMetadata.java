package io.articleflow.common.event;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What an article says about itself. Every field is optional: {@code null} when the text does not give it.
 *
 * @param title the headline
 * @param published publication date as ISO 8601: {@code 2022-10-19}, or {@code 2022-10-19T15:18} when the time
 *     is given, with an offset ({@code 2015-03-02T10:12+07:00}) when the zone is given
 * @param author the byline: name with rank and role where the text gives them
 * @param publication the publishing outlet, e.g. {@code Communist Review}
 * @param translator who translated the article ("Translated by ...")
 * @param language ISO 639-3 language code detected from the text, e.g. {@code eng}
 * @param dateSource where {@code published} comes from: {@link #DATE_FROM_TEXT} (a date line or dateline of the
 *     text) or {@link #DATE_FROM_SOURCE} (the file format's own date, or the source's date of the document:
 *     {@link SourceFile#documentDate()}); {@code null} without {@code published}. Optional: added compatibly to v1.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleMetadata(String title, String published, Byline author, String publication, String translator,
		String language, String dateSource) {

	/** {@link #dateSource()} of a date the text states. */
	public static final String DATE_FROM_TEXT = "text";

	/** {@link #dateSource()} of a date the document's source or format gives. */
	public static final String DATE_FROM_SOURCE = "source";

	/** Metadata that knows nothing: the extractor found none of the fields. */
	public static final ArticleMetadata EMPTY = new ArticleMetadata(null, null, null, null, null, null, null);

	/** Metadata without a say on where the date comes from (events written before {@code dateSource} existed). */
	public ArticleMetadata(String title, String published, Byline author, String publication, String translator,
			String language) {
		this(title, published, author, publication, translator, language, null);
	}

	/** The calendar date part of {@link #published()} ({@code yyyy-MM-dd}), or {@code null}. */
	public String publishedDate() {
		return published == null || published.length() < 10 ? null : published.substring(0, 10);
	}

}
