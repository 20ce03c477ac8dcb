package io.articleflow.extract.throughput;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import io.articleflow.extract.analysis.AnalysisProperties;
import io.articleflow.extract.analysis.DefaultArticleAnalyzer;

/**
 * Prints the analyzer's steady-state throughput over the {@code .txt} articles of a folder, after a warm-up on the
 * first of them, repeated until the JIT compiler has settled ({@link JitWarmUp}); each pass has its own analyzer, so
 * the measured run starts with an empty story registry, as the service does. The last
 * line is machine-readable ({@code RESULT key=value ...}) for {@code ./pipeline bench}; it measures and asserts
 * nothing.
 *
 * <pre>
 * java -cp extract-service.jar -Dloader.main=io.articleflow.extract.throughput.AnalyzerThroughputMain \
 *     org.springframework.boot.loader.launch.PropertiesLauncher FOLDER [THREADS [WARMUP_ARTICLES]]
 * </pre>
 */
public final class AnalyzerThroughputMain {

	private AnalyzerThroughputMain() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 1 || args.length > 3) {
			System.err.println("usage: AnalyzerThroughputMain FOLDER [THREADS [WARMUP_ARTICLES]]");
			System.exit(2);
		}
		List<Path> files = AnalyzerThroughput.articles(Path.of(args[0]));
		int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
		int warmup = Math.min(files.size(), args.length > 2 ? Integer.parseInt(args[2]) : 1000);
		AnalysisProperties properties = AnalysisProperties.defaults();
		JitWarmUp.Outcome warm = JitWarmUp.untilSettled(
				() -> AnalyzerThroughput.measure(DefaultArticleAnalyzer.create(properties), files.subList(0, warmup),
						threads));
		System.out.printf(Locale.ROOT, "warm-up: %d passes of %d articles, JIT %s (%.1f s of compilation in the last "
				+ "pass)%n", warm.passes(), warmup, warm.settled() ? "settled" : "still compiling", warm.lastPassCompileSeconds());
		AnalyzerThroughput.Result result = AnalyzerThroughput.measure(DefaultArticleAnalyzer.create(properties), files,
				threads);
		System.out.printf(Locale.ROOT, "analyzed %d articles (%.1f MB) on %d threads in %.2f s: %.0f articles/s, "
				+ "%.2f MB/s, %.1f CPU s%n", result.documents(), result.bytes() / 1e6, result.threads(),
				result.seconds(), result.documentsPerSecond(), result.bytes() / 1e6 / result.seconds(),
				result.cpuSeconds());
		System.out.printf(Locale.ROOT, "RESULT documents=%d bytes=%d entities=%d threads=%d seconds=%.4f cpu=%.3f "
				+ "warmup_passes=%d jit_settled=%s%n", result.documents(), result.bytes(), result.entities(),
				result.threads(), result.seconds(), result.cpuSeconds(), warm.passes(), warm.settled());
	}

}
