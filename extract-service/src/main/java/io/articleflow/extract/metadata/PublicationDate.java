package io.articleflow.extract.metadata;

import io.articleflow.common.event.ArticleMetadata;
import io.articleflow.extract.date.DateStamp;

/**
 * When an article was published, and where that comes from.
 *
 * @param stamp the date (and time, where given)
 * @param source {@link ArticleMetadata#DATE_FROM_TEXT} when the text states it (a date line, a dateline),
 *     {@link ArticleMetadata#DATE_FROM_SOURCE} when the file format or the document's source gives it
 */
public record PublicationDate(DateStamp stamp, String source) {

	/** A date the text states. */
	public static PublicationDate fromText(DateStamp stamp) {
		return new PublicationDate(stamp, ArticleMetadata.DATE_FROM_TEXT);
	}

	/** A date the file format or the source gives. */
	public static PublicationDate fromSource(DateStamp stamp) {
		return new PublicationDate(stamp, ArticleMetadata.DATE_FROM_SOURCE);
	}

	/** The year, for dates the text writes without one. */
	public int year() {
		return this.stamp.date().getYear();
	}

}
