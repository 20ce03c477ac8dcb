package io.articleflow.bench;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The moment each article became searchable and its latency from the moment ingest saw its file, as index-service
 * logs them once the batch holding the article is committed and visible to searches ({@code Indexed document <id>:
 * searchable <ms> ms after its file was seen}, the same measurement as its {@code articleflow.pipeline.latency}
 * timer). Exact per article, where the timer's histogram has buckets; and reading the log costs the service nothing,
 * where polling its metrics endpoint would (a scrape collects every meter).
 */
final class IndexedLog {

	private static final Pattern LINE = Pattern
		.compile("^(\\S+)\\s.*Indexed document ([0-9a-f]+): searchable (-?\\d+) ms after its file was seen");

	private final Path log;

	private final Map<String, Indexed> indexed = new HashMap<>();

	private long position;

	private final StringBuilder partial = new StringBuilder();

	IndexedLog(Path log) {
		this.log = log;
	}

	/** Reads what the log gained since the last call; returns how many articles it named for the first time. */
	int refresh() throws IOException {
		if (!Files.exists(this.log)) {
			return 0;
		}
		int before = this.indexed.size();
		try (RandomAccessFile file = new RandomAccessFile(this.log.toFile(), "r")) {
			long length = file.length();
			if (length <= this.position) {
				return 0;
			}
			byte[] bytes = new byte[(int) Math.min(length - this.position, 64L << 20)];
			file.seek(this.position);
			file.readFully(bytes);
			this.position += bytes.length;
			this.partial.append(new String(bytes, StandardCharsets.UTF_8));
		}
		int start = 0;
		for (int end = this.partial.indexOf("\n"); end >= 0; end = this.partial.indexOf("\n", start)) {
			parse(this.partial.substring(start, end), this.indexed);
			start = end + 1;
		}
		// a line being written stays for the next call
		this.partial.delete(0, start);
		return this.indexed.size() - before;
	}

	/** Whether every one of the documents was logged as indexed. */
	boolean containsAll(Collection<String> documentIds) {
		return this.indexed.keySet().containsAll(documentIds);
	}

	/** How many of the documents were logged as indexed. */
	long count(Collection<String> documentIds) {
		return documentIds.stream().filter(this.indexed::containsKey).count();
	}

	/** The article of this id, or {@code null} while it was not logged. */
	Indexed get(String documentId) {
		return this.indexed.get(documentId);
	}

	/** Reads one log line; only the first line of an article counts (a re-delivery indexes it again). */
	static void parse(String line, Map<String, Indexed> into) {
		if (!line.contains("Indexed document")) {
			return;
		}
		Matcher matcher = LINE.matcher(line);
		if (!matcher.find()) {
			return;
		}
		Instant at;
		try {
			at = OffsetDateTime.parse(matcher.group(1)).toInstant();
		}
		catch (DateTimeParseException ex) {
			return;
		}
		long latency = Long.parseLong(matcher.group(3));
		into.putIfAbsent(matcher.group(2), new Indexed(at.minusMillis(latency), at, latency));
	}

	/**
	 * One article.
	 *
	 * @param seen when ingest saw its file
	 * @param searchable when it was searchable (the log line's time)
	 * @param latencyMillis between the two, as index-service measured it
	 */
	record Indexed(Instant seen, Instant searchable, long latencyMillis) {
	}

}
