package io.articleflow.common.event;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import io.articleflow.common.test.EventSchemas;

import static org.assertj.core.api.Assertions.assertThat;

class EventSchemaTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static final SourceFile SOURCE = new SourceFile("file:///bucket/a.txt", "a.txt", "text/plain", 42,
			"sha256:" + "ab".repeat(32), Map.of("title", "A title"));

	static ArticleIngested ingested() {
		return new ArticleIngested(DocumentIds.of("Viet Nam and Laos"), SOURCE, "Viet Nam and Laos",
				Instant.parse("2026-11-23T10:15:30Z"), Instant.parse("2026-11-23T10:15:31.250Z"));
	}

	static ArticleEnriched enriched() {
		Entity vietnam = new Entity(EntityIds.of(EntityType.LOCATION, "Vietnam"), EntityType.LOCATION, "Vietnam", null,
				null, null, "Q881", List.of(new Mention("Viet Nam", 0, 8)));
		Entity giang = new Entity(EntityIds.of(EntityType.PERSON, "Phan Van Giang"), EntityType.PERSON,
				"Phan Van Giang", "General", "Minister of National Defense", null, null,
				List.of(new Mention("Phan Van Giang", 20, 34)));
		ArticleMetadata metadata = new ArticleMetadata("A title", "2022-10-19T15:18",
				new Byline("Nguyen Van A", "Colonel", null), "Communist Review", null, "eng");
		return new ArticleEnriched(ingested().documentId(), SOURCE, "Viet Nam and Laos", metadata,
				List.of(vietnam, giang), "c-0123456789abcdef", "extractor 1.0.0+kb.2026-11", Instant.now(),
				Instant.now(), Instant.now());
	}

	@Test
	void serialisedIngestedEventMatchesItsSchema() {
		String json = JSON.writeValueAsString(ingested());

		assertThat(EventSchemas.violations(ArticleIngested.SCHEMA, json)).isEmpty();
		assertThat(json).contains("\"seenAt\":\"2026-11-23T10:15:30Z\"");
	}

	@Test
	void serialisedEnrichedEventMatchesItsSchema() {
		String json = JSON.writeValueAsString(enriched());

		assertThat(EventSchemas.violations(ArticleEnriched.SCHEMA, json)).isEmpty();
	}

	@Test
	void serialisedStatusMatchesItsSchemaAndSurvivesARoundTrip() {
		ArticleStatus indexed = new ArticleStatus(ingested().documentId(), "a.txt", ArticleStatus.State.INDEXED,
				"index-service", null, null, "1.4.0+kb.2026.12.2", Instant.parse("2026-11-23T10:15:31Z"),
				Instant.parse("2026-11-23T10:15:32Z"), Instant.parse("2026-11-23T10:15:33Z"),
				Instant.parse("2026-11-23T10:15:33Z"));
		ArticleStatus refused = new ArticleStatus(null, "b.png", ArticleStatus.State.FAILED, "ingest-service",
				"unsupported-type", "unsupported type image/png", null, null, null, null,
				Instant.parse("2026-11-23T10:15:30Z"));

		for (ArticleStatus status : List.of(indexed, refused)) {
			String json = JSON.writeValueAsString(status);
			assertThat(EventSchemas.violations(ArticleStatus.SCHEMA, json)).as(json).isEmpty();
			assertThat(JSON.readValue(json, ArticleStatus.class)).isEqualTo(status);
		}
		assertThat(indexed.key()).isEqualTo(ingested().documentId());
		assertThat(refused.key()).isEqualTo("file:b.png");
	}

	@Test
	void enrichedEventSurvivesARoundTrip() {
		ArticleEnriched event = enriched();

		ArticleEnriched read = JSON.readValue(JSON.writeValueAsString(event), ArticleEnriched.class);

		assertThat(read).isEqualTo(event);
	}

	@Test
	void sourceDateAndDateSourceAreOptionalFieldsTheSchemasAcceptAndTheRecordsKeep() {
		SourceFile dated = new SourceFile("file:///bucket/a.txt", "a.txt", "text/plain", 42, "sha256:" + "ab".repeat(32),
				Map.of(), "2024-05-03T08:15:30Z");
		ArticleIngested event = new ArticleIngested(DocumentIds.of("Viet Nam and Laos"), dated, "Viet Nam and Laos",
				Instant.parse("2026-11-23T10:15:30Z"), Instant.parse("2026-11-23T10:15:31Z"));
		ArticleMetadata metadata = new ArticleMetadata(null, "2024-05-03T08:15Z", null, null, null, "eng",
				ArticleMetadata.DATE_FROM_SOURCE);

		String ingestedJson = JSON.writeValueAsString(event);
		String metadataJson = JSON.writeValueAsString(metadata);

		assertThat(EventSchemas.violations(ArticleIngested.SCHEMA, ingestedJson)).isEmpty();
		assertThat(ingestedJson).contains("\"documentDate\":\"2024-05-03T08:15:30Z\"");
		assertThat(JSON.readValue(ingestedJson, ArticleIngested.class)).isEqualTo(event);
		assertThat(metadataJson).contains("\"dateSource\":\"source\"");
		assertThat(JSON.readValue(metadataJson, ArticleMetadata.class)).isEqualTo(metadata);
		String enrichedJson = JSON.writeValueAsString(enriched()).replace("\"language\":\"eng\"",
				"\"language\":\"eng\",\"dateSource\":\"text\"");
		assertThat(EventSchemas.violations(ArticleEnriched.SCHEMA, enrichedJson)).isEmpty();
		assertThat(EventSchemas.violations(ArticleEnriched.SCHEMA, enrichedJson.replace("\"text\"}", "\"clock\"}")))
			.isNotEmpty();
	}

	@Test
	void eventsWrittenWithoutTheOptionalDateFieldsStillRead() {
		String older = JSON.writeValueAsString(ingested());

		ArticleIngested read = JSON.readValue(older, ArticleIngested.class);

		assertThat(older).doesNotContain("documentDate");
		assertThat(read.source().documentDate()).isNull();
		assertThat(JSON.writeValueAsString(enriched())).doesNotContain("dateSource");
	}

	@Test
	void schemaRejectsAnEventWithoutDocumentIdOrWithAnUnknownEntityType() {
		String noId = JSON.writeValueAsString(ingested()).replaceFirst("\"documentId\":\"[0-9a-f]+\",", "");
		String badType = JSON.writeValueAsString(enriched()).replace("\"LOCATION\"", "\"PLANET\"");

		assertThat(EventSchemas.violations(ArticleIngested.SCHEMA, noId)).singleElement()
			.asString()
			.contains("documentId");
		assertThat(EventSchemas.violations(ArticleEnriched.SCHEMA, badType)).isNotEmpty();
	}

}
