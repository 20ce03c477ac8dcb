package io.articleflow.index.consume;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import io.articleflow.common.event.ArticleEnriched;
import io.articleflow.common.event.Entity;
import io.articleflow.common.event.Mention;
import io.articleflow.common.messaging.InvalidEventException;
import io.articleflow.index.store.IndexableArticle;

/**
 * Reads a record value as an {@link ArticleEnriched} event and checks what indexing relies on. Both failures are in
 * the shared non-retryable list, so such a record goes to the dead-letter topic at once.
 */
class EnrichedArticleReader {

	private final JsonMapper json;

	EnrichedArticleReader(JsonMapper json) {
		this.json = json;
	}

	/**
	 * The event of a record value, with the JSON kept as received.
	 * @throws JacksonException when the value is not JSON of the event's shape
	 * @throws InvalidEventException when the event lacks what indexing needs
	 */
	IndexableArticle read(byte[] value) {
		if (value == null) {
			throw new InvalidEventException("the record has no value");
		}
		ArticleEnriched article = this.json.readValue(value, ArticleEnriched.class);
		validate(article);
		return new IndexableArticle(article, new String(value, StandardCharsets.UTF_8));
	}

	private static void validate(ArticleEnriched article) {
		if (article == null) {
			throw new InvalidEventException("the record value is JSON null");
		}
		if (article.documentId() == null || article.documentId().isBlank()) {
			throw new InvalidEventException("documentId is missing");
		}
		String where = "article " + article.documentId() + ": ";
		if (article.text() == null) {
			throw new InvalidEventException(where + "text is missing");
		}
		if (article.source() == null) {
			throw new InvalidEventException(where + "source is missing");
		}
		if (article.metadata() != null && article.metadata().published() != null) {
			validateDate(where, article.metadata().published(), article.metadata().publishedDate());
		}
		List<Entity> entities = article.entities();
		for (int i = 0; i < entities.size(); i++) {
			validate(where + "entity " + i + " ", entities.get(i), article.text().length());
		}
	}

	private static void validateDate(String where, String published, String day) {
		try {
			if (day == null) {
				throw new DateTimeParseException("too short", published, 0);
			}
			LocalDate.parse(day);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidEventException(where + "metadata.published is not an ISO 8601 date: " + published);
		}
	}

	private static void validate(String where, Entity entity, int textLength) {
		if (entity == null) {
			throw new InvalidEventException(where + "is null");
		}
		if (entity.id() == null || entity.id().isBlank()) {
			throw new InvalidEventException(where + "has no id");
		}
		if (entity.type() == null) {
			throw new InvalidEventException(where + entity.id() + " has no type");
		}
		if (entity.canonicalName() == null || entity.canonicalName().isBlank()) {
			throw new InvalidEventException(where + entity.id() + " has no canonicalName");
		}
		for (Mention mention : entity.mentions()) {
			// The page highlights mentions by offset: one outside the text means the event is corrupt.
			if (mention.end() > textLength) {
				throw new InvalidEventException(where + entity.id() + " has a mention at [" + mention.start() + ", "
						+ mention.end() + ") outside the text of " + textLength + " characters");
			}
		}
	}

}
