package io.articleflow.ingest.throughput;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import io.articleflow.common.limits.ArticleLimits;
import io.articleflow.ingest.text.ParsePool;
import io.articleflow.ingest.text.ParseProperties;
import io.articleflow.ingest.text.TikaTextExtractor;

/**
 * Prints the throughput and CPU of ingest's text extraction alone ({@link TextThroughput}) with the service's
 * default limits, over the files of a folder, after the first WARMUP of them were read once. The last line is
 * machine-readable ({@code RESULT key=value ...}) for {@code ./pipeline bench}; it measures and asserts nothing.
 *
 * <pre>
 * java -cp ingest-service.jar -Dloader.main=io.articleflow.ingest.throughput.TextThroughputMain \
 *     org.springframework.boot.loader.launch.PropertiesLauncher FOLDER [WARMUP_FILES]
 * </pre>
 */
public final class TextThroughputMain {

	private TextThroughputMain() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length < 1 || args.length > 2) {
			System.err.println("usage: TextThroughputMain FOLDER [WARMUP_FILES]");
			System.exit(2);
		}
		List<Path> files = TextThroughput.files(Path.of(args[0]));
		int warmup = Math.min(files.size(), args.length > 1 ? Integer.parseInt(args[1]) : 1000);
		// the service's defaults, bound as the service binds its properties
		Binder defaults = new Binder(new MapConfigurationPropertySource());
		ParseProperties parse = defaults.bindOrCreate("ingest.parse", ParseProperties.class);
		ArticleLimits limits = defaults.bindOrCreate("articleflow.limits", ArticleLimits.class);
		try (ParsePool pool = new ParsePool(parse.workers(), parse.timeout())) {
			TikaTextExtractor extractor = new TikaTextExtractor(pool, limits.maxCharacters(), parse,
					new SimpleMeterRegistry());
			TextThroughput.measure(extractor, files.subList(0, warmup));
			TextThroughput.Result result = TextThroughput.measure(extractor, files);
			System.out.printf(Locale.ROOT, "read %d files (%.1f MB, %d refused) on 1 thread in %.2f s: %.0f files/s, "
					+ "%.2f MB/s, %.1f CPU s%n", result.documents(), result.bytes() / 1e6, result.refused(),
					result.seconds(), result.documents() / result.seconds(), result.bytes() / 1e6 / result.seconds(),
					result.cpuSeconds());
			System.out.printf(Locale.ROOT, "RESULT documents=%d refused=%d bytes=%d characters=%d seconds=%.4f "
					+ "cpu=%.3f%n", result.documents(), result.refused(), result.bytes(), result.characters(),
					result.seconds(), result.cpuSeconds());
		}
	}

}
