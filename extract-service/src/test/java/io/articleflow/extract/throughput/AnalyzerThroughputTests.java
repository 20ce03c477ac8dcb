package io.articleflow.extract.throughput;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.articleflow.extract.analysis.SharedAnalyzer;

import static org.assertj.core.api.Assertions.assertThat;

class AnalyzerThroughputTests {

	@Test
	void analysesEveryTextFileOnceAcrossTheThreads(@TempDir Path dir) throws Exception {
		// Given three articles and a file that is not one
		Files.writeString(dir.resolve("b.txt"), "The Shangri-La Dialogue opened in Singapore.");
		Files.writeString(dir.resolve("a.txt"), "Defence ministers of ASEAN met in Vientiane, Laos.");
		Files.writeString(dir.resolve("c.txt"), "Cambodia and Laos signed the agreement.");
		Files.writeString(dir.resolve("notes.md"), "Cambodia");

		// When
		List<Path> files = AnalyzerThroughput.articles(dir);
		AnalyzerThroughput.Result result = AnalyzerThroughput.measure(SharedAnalyzer.get(), files, 2);

		// Then
		assertThat(files).extracting(file -> file.getFileName().toString()).containsExactly("a.txt", "b.txt", "c.txt");
		assertThat(result.documents()).isEqualTo(3);
		assertThat(result.bytes()).isEqualTo(files.stream().mapToLong(AnalyzerThroughputTests::size).sum());
		assertThat(result.entities()).isGreaterThanOrEqualTo(5);
		assertThat(result.threads()).isEqualTo(2);
		assertThat(result.seconds()).isPositive();
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
