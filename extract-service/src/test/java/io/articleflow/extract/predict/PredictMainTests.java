package io.articleflow.extract.predict;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
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

	@Test
	void datesArticlesWithoutADateOfTheirOwnByTheirFilesModificationTime(@TempDir Path dir) throws Exception {
		// Given an undated article modified in 2021, one modified in 2023, and one whose text states its date
		Path in = Files.createDirectories(dir.resolve("in"));
		String undated = "Vietnam and Laos held defence talks in Hanoi on October 18 and signed a plan on 20 November.";
		Files.writeString(in.resolve("a.txt"), undated);
		Files.writeString(in.resolve("b.txt"), undated);
		Files.writeString(in.resolve("c.txt"), "Monday, March 4, 2019\n\n" + undated);
		Files.setLastModifiedTime(in.resolve("a.txt"), FileTime.from(Instant.parse("2021-10-18T10:00:00Z")));
		Files.setLastModifiedTime(in.resolve("b.txt"), FileTime.from(Instant.parse("2023-01-02T10:00:00Z")));
		Files.setLastModifiedTime(in.resolve("c.txt"), FileTime.from(Instant.parse("2023-01-02T10:00:00Z")));
		Path out = dir.resolve("pred.jsonl");

		// When
		PredictMain.predict(SharedAnalyzer.get(), in, out);

		// Then the days without a year take the year of the file, unless the text dates the article
		List<String> lines = Files.readAllLines(out);
		assertThat(dates(lines.get(0))).containsExactly("2021-10-18", "2021-11-20");
		assertThat(dates(lines.get(1))).containsExactly("2023-10-18", "2023-11-20");
		assertThat(dates(lines.get(2))).containsExactly("2019-03-04", "2019-10-18", "2019-11-20");
	}

	private static List<String> dates(String line) {
		JsonNode entities = JsonMapper.builder().build().readTree(line).path("entities");
		return entities.valueStream()
			.filter(e -> e.path("type").asString().equals("DATE"))
			.map(e -> e.path("canonical").asString())
			.sorted()
			.toList();
	}

}
