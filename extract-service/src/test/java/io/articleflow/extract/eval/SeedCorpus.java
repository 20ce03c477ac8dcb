package io.articleflow.extract.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** The repository's seed articles ({@code ../seeds/*.txt} from the module directory), by file name. */
public final class SeedCorpus {

	/** The seeds folder as Maven's test working directory (the module) sees it. */
	public static final Path SEEDS = Path.of("..", "seeds");

	private SeedCorpus() {
	}

	public static Map<String, String> load() {
		Map<String, String> seeds = new LinkedHashMap<>();
		try (Stream<Path> files = Files.list(SEEDS)) {
			for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
				seeds.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return seeds;
	}

}
