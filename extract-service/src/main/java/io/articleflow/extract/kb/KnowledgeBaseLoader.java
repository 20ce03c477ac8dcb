package io.articleflow.extract.kb;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import io.articleflow.common.event.EntityIds;
import io.articleflow.common.event.EntityType;

/**
 * Loads the built-in knowledge base ({@code kb/knowledge-base.properties} and the TSV files it lists) and merges an
 * operator's TSV file of the same format over it: an operator entry with the id of a built-in one replaces it, others
 * are added. The operator file's content hash becomes part of the version, so results stay traceable. Last, the
 * generated gazetteers the manifest lists ({@code countries}, {@code cities}) fill the gaps below both, as
 * {@link GazetteerPlaces} describes.
 *
 * <p>
 * TSV columns: type, canonical name, aliases ({@code |}-separated), acronyms ({@code |}-separated), Wikidata id, flags
 * (comma-separated {@link KbFlag}s), id (default {@code <type>:<slug of canonical name>}). Lines starting with
 * {@code #} and blank lines are skipped; trailing empty columns may be left out.
 */
public final class KnowledgeBaseLoader {

	private static final String MANIFEST = "kb/knowledge-base.properties";

	private KnowledgeBaseLoader() {
	}

	/** The built-in knowledge base only. */
	public static KnowledgeBase builtIn() {
		return load(null);
	}

	/**
	 * The built-in knowledge base with the operator's file merged over it.
	 * @param operatorFile a TSV file, or {@code null} for none
	 * @throws IllegalArgumentException if the file is missing or malformed (named with its line)
	 */
	public static KnowledgeBase load(Path operatorFile) {
		Properties manifest = new Properties();
		try (InputStream in = resource(MANIFEST)) {
			manifest.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + MANIFEST, ex);
		}
		Map<String, KbEntry> entries = new LinkedHashMap<>();
		for (String file : manifest.getProperty("files", "").split(",")) {
			String name = "kb/" + file.strip();
			parse(name, read(name), entries);
		}
		String version = manifest.getProperty("version", "0");
		if (operatorFile != null) {
			String content;
			try {
				content = Files.readString(operatorFile, StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new IllegalArgumentException("cannot read the operator knowledge base " + operatorFile + ": " + ex, ex);
			}
			parse(operatorFile.toString(), content, entries);
			version = version + "+ops." + sha256(content).substring(0, 8);
		}
		GazetteerPlaces.mergeInto(entries, gazetteerPlaces(manifest));
		return new KnowledgeBase(version, entries.values());
	}

	/** The places of the manifest's gazetteers, countries first: a city never takes a country's name. */
	private static List<GazetteerPlaces.Place> gazetteerPlaces(Properties manifest) {
		List<GazetteerPlaces.Place> places = new ArrayList<>();
		for (String kind : List.of("countries", "cities")) {
			for (String file : manifest.getProperty(kind, "").split(",")) {
				if (!file.isBlank()) {
					places.addAll(GazetteerPlaces.parse(file.strip(), read(file.strip()), kind.equals("countries")));
				}
			}
		}
		return places;
	}

	private static String read(String name) {
		try (InputStream in = resource(name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + name, ex);
		}
	}

	static void parse(String source, String content, Map<String, KbEntry> into) {
		TsvRows.forEach(source, content, columns -> {
			KbEntry entry = entry(columns);
			into.put(entry.id(), entry);
		});
	}

	private static KbEntry entry(String[] columns) {
		if (columns.length < 2 || columns[1].isBlank()) {
			throw new IllegalArgumentException("expected at least a type and a canonical name");
		}
		EntityType type = EntityType.valueOf(columns[0].strip().toUpperCase(Locale.ROOT));
		String canonical = columns[1].strip();
		List<String> aliases = list(column(columns, 2));
		List<String> acronyms = list(column(columns, 3));
		String wikidata = blankToNull(column(columns, 4));
		if (wikidata != null && !wikidata.matches("Q\\d+")) {
			throw new IllegalArgumentException("not a Wikidata item id: " + wikidata);
		}
		Set<KbFlag> flags = EnumSet.noneOf(KbFlag.class);
		for (String flag : column(columns, 5).split(",")) {
			if (!flag.isBlank()) {
				flags.add(KbFlag.parse(flag));
			}
		}
		String id = blankToNull(column(columns, 6));
		return new KbEntry(id == null ? EntityIds.of(type, canonical) : id, type, canonical, aliases, acronyms, wikidata,
				flags);
	}

	private static String column(String[] columns, int index) {
		return index < columns.length ? columns[index].strip() : "";
	}

	private static List<String> list(String column) {
		List<String> values = new ArrayList<>();
		for (String value : column.split("\\|")) {
			if (!value.isBlank()) {
				values.add(value.strip());
			}
		}
		return values;
	}

	private static String blankToNull(String value) {
		return value.isBlank() ? null : value;
	}

	private static InputStream resource(String name) throws IOException {
		InputStream in = KnowledgeBaseLoader.class.getClassLoader().getResourceAsStream(name);
		if (in == null) {
			throw new IOException("resource not found: " + name);
		}
		return in;
	}

	private static String sha256(String content) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
