package io.articleflow.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.articleflow.common.event.DocumentIds;

import static org.assertj.core.api.Assertions.assertThat;

class BenchCorpusTests {

	private static final Path ROOT = Path.of(System.getProperty("articleflow.root", ".."));

	private static BenchCorpus corpus;

	@BeforeAll
	static void loadSeeds() throws Exception {
		corpus = BenchCorpus.load(ROOT.resolve("seeds"), ROOT.resolve("extract-service/src/main/resources/kb"));
	}

	@Test
	void generatesArticlesOfAboutTenKilobytesWithDistinctContent() {
		List<String> articles = IntStream.range(0, 300).mapToObj(corpus::article).toList();

		assertThat(articles).allSatisfy(text -> assertThat(text.getBytes(StandardCharsets.UTF_8).length)
			.isBetween(BenchCorpus.TARGET_BYTES * 8 / 10, BenchCorpus.TARGET_BYTES * 12 / 10));
		assertThat(articles.stream().map(DocumentIds::of).distinct()).hasSize(articles.size());
	}

	@Test
	void generatesArticlesOfTheSizeAsked() {
		for (int size : List.of(1_000, 100_000)) {
			BenchCorpus sized = corpus.sized(size);
			List<Integer> bytes = IntStream.range(0, 50)
				.mapToObj(n -> sized.article(n).getBytes(StandardCharsets.UTF_8).length)
				.toList();

			assertThat(bytes).allSatisfy(length -> assertThat(length).isBetween(size / 2, size * 12 / 10));
			assertThat(bytes.stream().mapToInt(Integer::intValue).average().orElseThrow()).isBetween(size * 0.8,
					size * 1.1);
		}
	}

	@Test
	void theSameNumberAlwaysGivesTheSameText() throws Exception {
		BenchCorpus again = BenchCorpus.load(ROOT.resolve("seeds"),
				ROOT.resolve("extract-service/src/main/resources/kb"));

		assertThat(again.article(1234)).isEqualTo(corpus.article(1234));
		assertThat(corpus.article(1234)).isNotEqualTo(corpus.article(1235));
	}

	@Test
	void variesTheNamesOfTheSeedsAndKeepsTheirHeadlines() throws Exception {
		String seed = Files.readString(ROOT.resolve("seeds/003_0bb3a39fbeb8ef0a.txt"));
		List<String> variants = IntStream.range(0, 50).map(n -> 5 * n + 3).mapToObj(corpus::article).toList();

		// every variant of this seed opens with its headline and has its own dateline
		assertThat(variants).allSatisfy(text -> assertThat(text).startsWith(seed.lines().findFirst().orElseThrow())
			.contains(" of the ArticleFlow bench corpus."));
		// the seed's people are replaced by others of the knowledge base
		assertThat(seed).contains("Phan Van Giang");
		assertThat(variants.stream().filter(text -> text.contains("Phan Van Giang")).count()).isLessThan(5);
	}

	@Test
	void writesNumberedFilesWithTheirDocumentIds(@TempDir Path dir) throws Exception {
		List<BenchCorpus.CorpusFile> files = corpus.write(dir, "run", 10, 3);

		assertThat(files).extracting(BenchCorpus.CorpusFile::name)
			.containsExactly("run-000011.txt", "run-000012.txt", "run-000013.txt");
		for (BenchCorpus.CorpusFile file : files) {
			String text = Files.readString(file.file());
			assertThat(file.documentId()).isEqualTo(DocumentIds.of(text));
			assertThat(file.bytes()).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
		}
	}

}
