package io.articleflow.index.consume;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

import io.articleflow.common.event.EntityType;
import io.articleflow.common.messaging.InvalidEventException;
import io.articleflow.index.TestArticles;
import io.articleflow.index.store.IndexableArticle;

import static io.articleflow.index.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EnrichedArticleReaderTests {

	private final EnrichedArticleReader reader = new EnrichedArticleReader(TestArticles.JSON);

	@Test
	void readsTheEventAndKeepsItsJsonAsReceived() {
		String json = TestArticles.defenseDiplomacy().json();

		IndexableArticle read = this.reader.read(bytes(json));

		assertThat(read.article()).isEqualTo(TestArticles.defenseDiplomacy().build());
		assertThat(read.json()).isEqualTo(json);
	}

	@Test
	void nonJsonIsAJacksonFailure() {
		assertThatExceptionOfType(JacksonException.class).isThrownBy(() -> this.reader.read(bytes("not json")));
	}

	@Test
	void eventsMissingWhatIndexingNeedsAreInvalid() {
		String valid = article("doc").published("2022-10-19").text("Hanoi").json();

		assertInvalid(null, "the record has no value");
		assertInvalid("null", "the record value is JSON null");
		assertInvalid(valid.replace("\"documentId\":\"doc\"", "\"documentId\":\" \""), "documentId is missing");
		assertInvalid(valid.replace("\"text\":\"Hanoi\"", "\"text\":null"), "article doc: text is missing");
		assertInvalid(valid.replaceFirst("\"source\":\\{[^}]*\\}", "\"source\":null"), "article doc: source is missing");
		assertInvalid(valid.replace("2022-10-19", "2022-13-45"),
				"article doc: metadata.published is not an ISO 8601 date: 2022-13-45");
	}

	@Test
	void entitiesNeedIdTypeNameAndMentionsInsideTheText() {
		String valid = article("doc").text("Hanoi").entity(EntityType.LOCATION, "Hanoi", "Hanoi").json();

		assertInvalid(valid.replace("\"id\":\"location:hanoi\"", "\"id\":\"\""), "article doc: entity 0 has no id");
		assertInvalid(valid.replace("\"type\":\"LOCATION\",", ""), "article doc: entity 0 location:hanoi has no type");
		assertInvalid(valid.replace("\"canonicalName\":\"Hanoi\"", "\"canonicalName\":\" \""),
				"article doc: entity 0 location:hanoi has no canonicalName");
		assertInvalid(valid.replace("\"end\":5", "\"end\":6"),
				"article doc: entity 0 location:hanoi has a mention at [0, 6) outside the text of 5 characters");
	}

	private void assertInvalid(String json, String message) {
		assertThatExceptionOfType(InvalidEventException.class).isThrownBy(() -> this.reader.read(bytes(json)))
			.withMessage(message);
	}

	private static byte[] bytes(String json) {
		return (json != null) ? json.getBytes(StandardCharsets.UTF_8) : null;
	}

}
