package io.articleflow.launcher.supervise;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The supervisor's processes as a tab-separated file in the state folder, rewritten whole (atomically) after every
 * change, so {@code ./pipeline status} and a person with {@code cat} see the same thing.
 */
public final class ProcessTable {

	/** One line of the table. */
	public record Row(String name, String service, long pid, int port, String state, int restarts,
			Instant startedAt) {

		String line() {
			return String.join("\t", this.name, this.service, Long.toString(this.pid), Integer.toString(this.port),
					this.state, Integer.toString(this.restarts),
					this.startedAt == null ? "-" : this.startedAt.toString());
		}

		static Row parse(String line) {
			String[] f = line.split("\t");
			if (f.length != 7) {
				throw new IllegalArgumentException("not a process table line: " + line);
			}
			return new Row(f[0], f[1], Long.parseLong(f[2]), Integer.parseInt(f[3]), f[4], Integer.parseInt(f[5]),
					f[6].equals("-") ? null : Instant.parse(f[6]));
		}

	}

	private final Path file;

	public ProcessTable(Path file) {
		this.file = file;
	}

	void write(List<Row> rows) {
		StringBuilder text = new StringBuilder("# name\tservice\tpid\tport\tstate\trestarts\tstarted\n");
		rows.forEach(row -> text.append(row.line()).append('\n'));
		try {
			Path temporary = this.file.resolveSibling(this.file.getFileName() + ".tmp");
			Files.writeString(temporary, text);
			Files.move(temporary, this.file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The rows, or none when there is no table (no run ever started in this state folder). */
	public List<Row> read() throws IOException {
		if (!Files.exists(this.file)) {
			return List.of();
		}
		List<Row> rows = new ArrayList<>();
		for (String line : Files.readAllLines(this.file)) {
			if (!line.isBlank() && !line.startsWith("#")) {
				rows.add(Row.parse(line));
			}
		}
		return rows;
	}

}
