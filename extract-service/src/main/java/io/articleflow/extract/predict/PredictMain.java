package io.articleflow.extract.predict;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.articleflow.extract.analysis.AnalysisProperties;
import io.articleflow.extract.analysis.ArticleAnalyzer;
import io.articleflow.extract.analysis.DefaultArticleAnalyzer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the analyzer over a folder of {@code .txt} articles, without a Spring context, and writes one JSON line per
 * file in the evaluation format ({@code {"doc", "entities": [{"type", "canonical", "mentions"}]}}), in file-name
 * order. Each file's modification time is its source's date of the document, as in a folder bucket: an article
 * whose text states no date of its own is dated by it. The service's settings {@code extract.analysis.knowledge-base-file} and {@code extract.analysis.strip-page-content}
 * can be given as system properties ({@code -D...}).
 *
 * <pre>
 * java -cp extract-service.jar -Dloader.main=io.articleflow.extract.predict.PredictMain \
 *     org.springframework.boot.loader.launch.PropertiesLauncher INPUT_DIR OUTPUT.jsonl
 * </pre>
 */
public final class PredictMain {

	private PredictMain() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 2) {
			System.err.println("usage: PredictMain INPUT_DIR OUTPUT.jsonl");
			System.exit(2);
		}
		Path input = Path.of(args[0]);
		Path output = Path.of(args[1]);
		String operatorKb = System.getProperty("extract.analysis.knowledge-base-file");
		AnalysisProperties defaults = AnalysisProperties.defaults();
		AnalysisProperties properties = new AnalysisProperties(operatorKb == null ? null : Path.of(operatorKb),
				defaults.storySimilarity(), Boolean.parseBoolean(
						System.getProperty("extract.analysis.strip-page-content", String.valueOf(defaults.stripPageContent()))));
		int count = predict(DefaultArticleAnalyzer.create(properties), input, output);
		System.err.println("wrote " + count + " documents to " + output);
	}

	/** Analyses every {@code .txt} file of the folder and writes the lines; returns how many. */
	static int predict(ArticleAnalyzer analyzer, Path input, Path output) throws IOException {
		List<Path> files;
		try (Stream<Path> listing = Files.list(input)) {
			files = listing.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p))
				.sorted()
				.toList();
		}
		JsonMapper json = JsonMapper.builder().build();
		Path parent = output.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		try (BufferedWriter out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
			for (Path file : files) {
				String name = file.getFileName().toString();
				String text = Files.readString(file, StandardCharsets.UTF_8);
				// the file's modification time dates the article as a folder bucket's would, when its text does not
				String modified = Files.getLastModifiedTime(file).toInstant().truncatedTo(ChronoUnit.SECONDS).toString();
				out.write(json.writeValueAsString(PredictionLine.of(name, analyzer.analyze(name, text, Map.of(), modified))));
				out.write('\n');
			}
		}
		return files.size();
	}

}
