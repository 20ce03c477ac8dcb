package io.articleflow.ingest.throughput;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import io.articleflow.ingest.text.ParsePool;
import io.articleflow.ingest.text.ParseProperties;
import io.articleflow.ingest.text.TikaTextExtractor;

import static org.assertj.core.api.Assertions.assertThat;

class TextThroughputTests {

	@Test
	void readsEveryFileOfTheFolderAndCountsTheRefusedOnes(@TempDir Path folder) throws Exception {
		String article = "Hanoi hosted the defence ministers of the region for two days of talks on maritime security. "
			.repeat(20);
		Files.writeString(folder.resolve("b.txt"), article);
		Files.writeString(folder.resolve("a.txt"), article + "More text.");
		Files.write(folder.resolve("c.txt"), new byte[0]);
		ParseProperties parse = new ParseProperties(Duration.ofSeconds(30), 1, 200, 100, DataSize.ofMegabytes(64));

		TextThroughput.Result result;
		try (ParsePool pool = new ParsePool(1, parse.timeout())) {
			result = TextThroughput.measure(new TikaTextExtractor(pool, 100_000, parse, new SimpleMeterRegistry()),
					TextThroughput.files(folder));
		}

		assertThat(TextThroughput.files(folder)).extracting(path -> path.getFileName().toString())
			.containsExactly("a.txt", "b.txt", "c.txt");
		assertThat(result.documents()).isEqualTo(3);
		assertThat(result.refused()).as("the empty file").isEqualTo(1);
		assertThat(result.bytes()).isEqualTo(2L * article.length() + "More text.".length());
		assertThat(result.characters()).isGreaterThanOrEqualTo(2L * article.strip().length());
		assertThat(result.seconds()).isPositive();
		assertThat(result.cpuSeconds()).isPositive();
	}

}
