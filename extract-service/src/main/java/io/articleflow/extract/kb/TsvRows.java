package io.articleflow.extract.kb;

import java.util.function.Consumer;

/**
 * The rows of the knowledge base's tab-separated files: blank lines and {@code #} comments skipped, a row's
 * columns kept with their empty trailing cells, and any error of a row reported with the file and line it is on.
 */
final class TsvRows {

	private TsvRows() {
	}

	/**
	 * Hands every row's columns to the consumer.
	 * @param source the file's name, for error messages
	 * @throws IllegalArgumentException when the consumer refuses a row, named {@code source:line: reason}
	 */
	static void forEach(String source, String content, Consumer<String[]> row) {
		String[] lines = content.split("\r?\n");
		for (int n = 0; n < lines.length; n++) {
			String line = lines[n];
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			try {
				row.accept(line.split("\t", -1));
			}
			catch (RuntimeException ex) {
				throw new IllegalArgumentException(source + ":" + (n + 1) + ": " + ex.getMessage(), ex);
			}
		}
	}

}
