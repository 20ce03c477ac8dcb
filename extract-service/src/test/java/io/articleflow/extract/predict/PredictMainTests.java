package io.articleflow.extract.predict;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.articleflow.extract.analysis.SharedAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class PredictMainTests {

	@Test
	void writesOneLinePerTextFileInTheEvaluationFormat(@TempDir Path dir) throws Exception {
		// Given two articles and a file that is not one
		Path in = Files.createDirectories(dir.resolve("in"));
		Files.writeString(in.resolve("b.txt"), "The Shangri-La Dialogue opened in Singapore. The Shangri-La Dialogue ends on Sunday.");
		Files.writeString(in.resolve("a.txt"), "Translated by Thu Trang");
		Files.writeString(in.resolve("notes.md"), "Cambodia");
		Path out = dir.resolve("out/pred.jsonl");

		// When
		int count = PredictMain.predict(SharedAnalyzer.get(), in, out);

		// Then
		List<String> lines = Files.readAllLines(out);
		assertThat(count).isEqualTo(2);
		assertThat(lines).hasSize(2);
		JsonMapper json = JsonMapper.builder().build();
		JsonNode first = json.readTree(lines.get(0));
		JsonNode second = json.readTree(lines.get(1));
		assertThat(first.path("doc").asString()).isEqualTo("a.txt");
		assertThat(first.path("entities").get(0).toString())
			.isEqualTo("{\"type\":\"PERSON\",\"canonical\":\"Thu Trang\",\"mentions\":[\"Thu Trang\"]}");
		assertThat(second.path("entities").toString()).isEqualTo("[{\"type\":\"EVENT\",\"canonical\":\"Shangri-La Dialogue\","
				+ "\"mentions\":[\"Shangri-La Dialogue\"]},{\"type\":\"LOCATION\",\"canonical\":\"Singapore\",\"mentions\":[\"Singapore\"]}]");
	}

}
