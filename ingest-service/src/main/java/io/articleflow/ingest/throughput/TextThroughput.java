package io.articleflow.ingest.throughput;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import io.articleflow.ingest.text.TextExtractor;
import io.articleflow.ingest.text.UnreadableContentException;

/**
 * Ingest's text extraction alone (format detection, parsing, the quality gate) over the files of a folder, one
 * after the other on the calling thread, as one ingest worker reads them: the raw cost the bench sets beside
 * ingest-service's CPU per article.
 */
public final class TextThroughput {

	private TextThroughput() {
	}

	/** The files of a folder, by name. */
	public static List<Path> files(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(Files::isRegularFile).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not list " + folder, ex);
		}
	}

	/**
	 * Extracts the text of every file.
	 * @throws IOException when a file cannot be read; a file refused as unreadable counts as {@code refused}
	 */
	public static Result measure(TextExtractor extractor, List<Path> files) throws IOException, InterruptedException {
		long bytes = 0;
		long characters = 0;
		int refused = 0;
		long cpuBefore = processCpuNanos();
		long start = System.nanoTime();
		for (Path file : files) {
			bytes += Files.size(file);
			try {
				characters += extractor.extract(file, file.getFileName().toString()).text().length();
			}
			catch (UnreadableContentException ex) {
				refused++;
			}
			if (Thread.interrupted()) {
				throw new InterruptedException();
			}
		}
		return new Result(files.size(), refused, bytes, characters, (System.nanoTime() - start) / 1e9,
				(processCpuNanos() - cpuBefore) / 1e9);
	}

	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	/**
	 * @param documents files read
	 * @param refused of them, refused as unreadable (empty, unsupported, below the quality gate)
	 * @param bytes their size
	 * @param characters the text extracted
	 * @param seconds wall-clock time
	 * @param cpuSeconds CPU time of the whole process meanwhile (JIT and GC included)
	 */
	public record Result(int documents, int refused, long bytes, long characters, double seconds,
			double cpuSeconds) {
	}

}
