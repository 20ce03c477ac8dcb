package io.articleflow.extract.api;

import java.util.List;
import java.util.Map;

import io.articleflow.common.event.ArticleMetadata;
import io.articleflow.common.event.Entity;
import io.articleflow.common.event.EntityType;
import io.articleflow.common.event.Mention;
import io.articleflow.extract.analysis.Analysis;
import io.articleflow.extract.analysis.ArticleAnalyzer;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The endpoint alone, with a stand-in analyzer: no Spring context, no broker. */
class ExtractControllerTests {

	/** Answers with one LOCATION entity per call and remembers what it was given. */
	static final class RecordingAnalyzer implements ArticleAnalyzer {

		String documentId;

		String text;

		Map<String, String> metadata;

		String documentDate;

		@Override
		public Analysis analyze(String documentId, String rawText, Map<String, String> sourceMetadata,
				String documentDate) {
			this.documentDate = documentDate;
			return analyze(documentId, rawText, sourceMetadata);
		}

		@Override
		public Analysis analyze(String documentId, String rawText, Map<String, String> sourceMetadata) {
			this.documentId = documentId;
			this.text = rawText;
			this.metadata = sourceMetadata;
			String cleaned = rawText.strip();
			int at = cleaned.indexOf("Laos");
			List<Entity> entities = at < 0 ? List.of()
					: List.of(new Entity("location:laos", EntityType.LOCATION, "Laos", null, null, null, "Q819",
							List.of(new Mention("Laos", at, at + 4))));
			return new Analysis(cleaned, new ArticleMetadata(null, null, null, null, null, "eng"), entities, "story-1");
		}

		@Override
		public String version() {
			return "9.9.9+kb.test";
		}

	}

	private final RecordingAnalyzer analyzer = new RecordingAnalyzer();

	private final MockMvc mvc = MockMvcBuilders
		.standaloneSetup(new ExtractController(analyzer, new ExtractApiProperties(DataSize.ofBytes(128))))
		.setControllerAdvice(new ExtractApiExceptionHandler())
		.build();

	@Test
	void analysesPlainText() throws Exception {
		mvc.perform(post("/api/extract").contentType(MediaType.TEXT_PLAIN).content("Vietnam and Laos met."))
			.andExpect(status().isOk())
			.andExpect(header().string(ExtractController.VERSION_HEADER, "9.9.9+kb.test"))
			.andExpect(content().json("""
					{"cleanedText": "Vietnam and Laos met.", "metadata": {"language": "eng"}, "clusterId": "story-1",
					 "entities": [{"id": "location:laos", "type": "LOCATION", "canonicalName": "Laos", "wikidataId": "Q819",
					               "mentions": [{"text": "Laos", "start": 12, "end": 16}]}]}
					""", org.springframework.test.json.JsonCompareMode.STRICT));
		assertThat(analyzer.documentId).startsWith("adhoc-");
	}

	@Test
	void analysesAJsonRequestWithItsIdAndMetadata() throws Exception {
		mvc.perform(post("/api/extract").contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\": \"Laos\", \"documentId\": \"d-1\", \"metadata\": {\"title\": \"T\"}, "
					+ "\"documentDate\": \"2022-06-28\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.entities[0].canonicalName").value("Laos"));
		assertThat(analyzer.documentId).isEqualTo("d-1");
		assertThat(analyzer.metadata).isEqualTo(Map.of("title", "T"));
		assertThat(analyzer.documentDate).isEqualTo("2022-06-28");
	}

	@Test
	void refusesAnEmptyTextWithABadRequest() throws Exception {
		mvc.perform(post("/api/extract").contentType(MediaType.TEXT_PLAIN).content("  "))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.detail").value("the article text is missing or empty"));
		mvc.perform(post("/api/extract").contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"no text\"}"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void refusesMalformedJsonWithABadRequest() throws Exception {
		mvc.perform(post("/api/extract").contentType(MediaType.APPLICATION_JSON).content("{\"text\": "))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("the body is not a JSON object")));
	}

	@Test
	void refusesOtherMediaTypes() throws Exception {
		mvc.perform(post("/api/extract").contentType(MediaType.APPLICATION_XML).content("<text>Laos</text>"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.status").value(415));
		mvc.perform(post("/api/extract").content("Laos")).andExpect(status().isUnsupportedMediaType());
	}

	@Test
	void refusesABodyOverTheLimit() throws Exception {
		mvc.perform(post("/api/extract").contentType(MediaType.TEXT_PLAIN).content("Laos ".repeat(40)))
			.andExpect(status().is(413))
			.andExpect(jsonPath("$.detail").value("the request body exceeds the limit of 128 bytes"));
		assertThat(analyzer.text).isNull();
	}

}
