package io.articleflow.launcher.supervise;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The instances Prometheus scrapes, as a file-based service discovery file ({@code file_sd_configs}), so an
 * instance added by {@code ./pipeline scale} is scraped without touching Prometheus.
 */
final class ScrapeTargets {

	private final Path file;

	ScrapeTargets(Path file) {
		this.file = file;
	}

	void write(List<Instance> instances) {
		String groups = instances.stream()
			.filter(instance -> instance.spec.metrics())
			.map(instance -> "  {\"targets\": [\"127.0.0.1:%d\"], \"labels\": {\"service\": \"%s\", \"process\": \"%s\"}}"
				.formatted(instance.port, instance.spec.name(), instance.name()))
			.collect(Collectors.joining(",\n", "[\n", "\n]\n"));
		try {
			Files.createDirectories(this.file.getParent());
			Path temporary = this.file.resolveSibling(this.file.getFileName() + ".tmp");
			Files.writeString(temporary, groups);
			Files.move(temporary, this.file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
