package io.articleflow.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.articleflow.common.event.DocumentIds;

/**
 * Generates the bench's articles from the seeds: each one a variant of a seed (its headline, byline and date lines,
 * then paragraphs of that seed mixed with paragraphs of the others) with every person, organisation and place the
 * knowledge base knows replaced by another of the same type, every number changed, and a dateline that names its
 * number, so that all have distinct content (distinct document ids), about {@value #TARGET_BYTES} bytes each (or
 * the size {@link #sized(int)} asks for), and the extractor finds as much in them as in real articles. The same
 * number and size always give the same text.
 */
final class BenchCorpus {

	/** The size each article aims at unless {@link #sized(int) sized} otherwise, in bytes of UTF-8. */
	static final int TARGET_BYTES = 10_000;

	private static final List<String> REPLACED_TYPES = List.of("PERSON", "ORGANIZATION", "LOCATION");

	private static final String[] MONTHS = { "January", "February", "March", "April", "May", "June", "July",
			"August", "September", "October", "November", "December" };

	private final List<SeedArticle> seeds;

	private final List<Segment> allParagraphs = new ArrayList<>();

	private final Map<String, List<String>> replacements;

	private final int targetBytes;

	private BenchCorpus(List<SeedArticle> seeds, Map<String, List<String>> replacements, int targetBytes) {
		this.seeds = seeds;
		this.replacements = replacements;
		this.targetBytes = targetBytes;
		seeds.forEach(seed -> this.allParagraphs.addAll(seed.body()));
	}

	/** The same corpus with articles of about {@code targetBytes} each (the headline and datelines at least). */
	BenchCorpus sized(int targetBytes) {
		return new BenchCorpus(this.seeds, this.replacements, targetBytes);
	}

	/**
	 * Reads the seeds ({@code *.txt}) and the knowledge base ({@code *.tsv}: type, canonical name, aliases,
	 * acronyms, ...).
	 */
	static BenchCorpus load(Path seedsFolder, Path knowledgeBaseFolder) throws IOException {
		Map<String, String> typeOfName = new HashMap<>();
		Map<String, List<String>> canonicalByType = new LinkedHashMap<>();
		try (Stream<Path> files = Files.list(knowledgeBaseFolder)) {
			for (Path tsv : files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList()) {
				for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
					String[] columns = line.split("\t");
					if (line.startsWith("#") || columns.length < 2 || !REPLACED_TYPES.contains(columns[0])) {
						continue;
					}
					canonicalByType.computeIfAbsent(columns[0], type -> new ArrayList<>()).add(columns[1]);
					for (int c = 1; c < Math.min(columns.length, 4); c++) {
						for (String name : columns[c].split("\\|")) {
							if (name.strip().length() > 1) {
								typeOfName.putIfAbsent(name.strip(), columns[0]);
							}
						}
					}
				}
			}
		}
		List<String> seedTexts = new ArrayList<>();
		try (Stream<Path> files = Files.list(seedsFolder)) {
			for (Path seed : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
				seedTexts.add(Files.readString(seed, StandardCharsets.UTF_8).replace("\r\n", "\n"));
			}
		}
		if (seedTexts.isEmpty()) {
			throw new IllegalArgumentException("no .txt seeds in " + seedsFolder);
		}
		// only the names the seeds use, longest first, so that "Ministry of National Defense" wins over "Defense"
		String joined = String.join("\n", seedTexts);
		List<String> used = typeOfName.keySet()
			.stream()
			.filter(joined::contains)
			.sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
			.toList();
		Pattern slots = Pattern.compile("(?<name>(?<![\\p{L}\\p{N}])(?:"
				+ used.stream().map(Pattern::quote).collect(Collectors.joining("|"))
				+ ")(?![\\p{L}\\p{N}]))|(?<number>(?<![\\p{L}\\p{N}])\\d+(?![\\p{L}\\p{N}]))");
		List<SeedArticle> seeds = seedTexts.stream().map(text -> SeedArticle.of(text, slots, typeOfName)).toList();
		return new BenchCorpus(seeds, canonicalByType, TARGET_BYTES);
	}

	/** The text of article number {@code n}. */
	String article(int n) {
		SplittableRandom random = new SplittableRandom(0x5EED_0F_A27_1C1EL + 1_000_003L * n);
		SeedArticle base = this.seeds.get(n % this.seeds.size());
		Map<String, String> names = new HashMap<>();
		StringBuilder text = new StringBuilder(this.targetBytes + 2048);
		for (Segment line : base.header()) {
			line.render(text, names, random, this.replacements);
			text.append('\n');
		}
		text.append('\n')
			.append(pick(this.replacements.get("LOCATION"), random))
			.append(", ")
			.append(MONTHS[random.nextInt(12)])
			.append(' ')
			.append(1 + random.nextInt(28))
			.append(", ")
			.append(1995 + random.nextInt(31))
			.append(" - dispatch ")
			.append(n + 1)
			.append(" of the ArticleFlow bench corpus.\n\n");
		int bytes = utf8Length(text);
		int next = random.nextInt(base.body().size());
		while (bytes < this.targetBytes * 95 / 100) {
			// half the paragraphs from the base seed in order, half from anywhere
			Segment paragraph;
			if (random.nextBoolean()) {
				paragraph = base.body().get(next);
				next = (next + 1) % base.body().size();
			}
			else {
				paragraph = this.allParagraphs.get(random.nextInt(this.allParagraphs.size()));
			}
			StringBuilder rendered = new StringBuilder();
			paragraph.render(rendered, names, random, this.replacements);
			rendered.append("\n\n");
			int length = utf8Length(rendered);
			if (bytes + length > this.targetBytes * 11 / 10) {
				int cut = sentenceEnd(rendered, this.targetBytes * 11 / 10 - bytes);
				if (cut <= 0) {
					break;
				}
				rendered.setLength(cut);
				rendered.append("\n\n");
				length = utf8Length(rendered);
			}
			text.append(rendered);
			bytes += length;
		}
		return text.toString().strip() + "\n";
	}

	/**
	 * Writes articles {@code first .. first + count - 1} into the folder as {@code <prefix>-<number>.txt}.
	 * @return the files with their document ids and sizes, in number order
	 */
	List<CorpusFile> write(Path folder, String prefix, int first, int count) {
		try {
			Files.createDirectories(folder);
			List<CorpusFile> files = new ArrayList<>(count);
			for (int n = first; n < first + count; n++) {
				String text = article(n);
				byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
				Path file = folder.resolve(String.format(Locale.ROOT, "%s-%06d.txt", prefix, n + 1));
				Files.write(file, bytes);
				files.add(new CorpusFile(file, DocumentIds.of(text), bytes.length));
			}
			return files;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String pick(List<String> values, SplittableRandom random) {
		return values.get(random.nextInt(values.size()));
	}

	private static int utf8Length(CharSequence text) {
		int bytes = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
		}
		return bytes;
	}

	/** The end of the last sentence that ends before roughly {@code maxBytes}, or 0. */
	private static int sentenceEnd(CharSequence text, int maxBytes) {
		int end = 0;
		for (int i = 0; i < Math.min(text.length(), maxBytes); i++) {
			if (text.charAt(i) == '.' && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
				end = i + 1;
			}
		}
		return end;
	}

	/**
	 * A generated article on disk.
	 *
	 * @param file where it is
	 * @param documentId the id ingest gives its text
	 * @param bytes its size
	 */
	record CorpusFile(Path file, String documentId, int bytes) {

		String name() {
			return this.file.getFileName().toString();
		}

	}

	/** A seed cut into its header lines (headline, byline, date) and its paragraphs. */
	private record SeedArticle(List<Segment> header, List<Segment> body) {

		static SeedArticle of(String text, Pattern slots, Map<String, String> typeOfName) {
			List<String> paragraphs = Stream.of(text.split("\n\\s*\n"))
				.map(String::strip)
				.filter(p -> !p.isEmpty())
				.toList();
			List<Segment> header = new ArrayList<>();
			int first = 0;
			// the headline and the short lines under it (byline, date) stay at the top
			while (first < paragraphs.size() && (first == 0 || paragraphs.get(first).length() < 200)) {
				for (String line : paragraphs.get(first).split("\n")) {
					header.add(Segment.of(line, slots, typeOfName));
				}
				first++;
			}
			List<Segment> body = paragraphs.subList(Math.min(first, paragraphs.size()), paragraphs.size())
				.stream()
				.map(p -> Segment.of(p, slots, typeOfName))
				.toList();
			if (body.isEmpty()) {
				body = header;
			}
			return new SeedArticle(header, body);
		}

	}

	/** A paragraph as literal text and slots: a known name (with its type) or a number. */
	private record Segment(List<Object> parts) {

		static Segment of(String text, Pattern slots, Map<String, String> typeOfName) {
			List<Object> parts = new ArrayList<>();
			Matcher matcher = slots.matcher(text);
			int at = 0;
			while (matcher.find()) {
				parts.add(text.substring(at, matcher.start()));
				parts.add(matcher.group("name") != null
						? new NameSlot(typeOfName.get(matcher.group("name")), matcher.group("name"))
						: new NumberSlot(matcher.group("number")));
				at = matcher.end();
			}
			parts.add(text.substring(at));
			return new Segment(parts);
		}

		void render(StringBuilder out, Map<String, String> names, SplittableRandom random,
				Map<String, List<String>> replacements) {
			for (Object part : this.parts) {
				if (part instanceof NameSlot slot) {
					// one replacement per name and article, so an article keeps talking about the same people
					out.append(names.computeIfAbsent(slot.original(), original -> pick(replacements.get(slot.type()),
							random)));
				}
				else if (part instanceof NumberSlot number) {
					out.append(number.variant(random));
				}
				else {
					out.append((String) part);
				}
			}
		}

	}

	private record NameSlot(String type, String original) {
	}

	private record NumberSlot(String original) {

		String variant(SplittableRandom random) {
			int digits = this.original.length();
			if (digits == 4 && (this.original.startsWith("19") || this.original.startsWith("20"))) {
				return Integer.toString(1990 + random.nextInt(36));
			}
			if (digits <= 2) {
				return Integer.toString(1 + random.nextInt(28));
			}
			StringBuilder variant = new StringBuilder().append(1 + random.nextInt(9));
			for (int i = 1; i < digits; i++) {
				variant.append(random.nextInt(10));
			}
			return variant.toString();
		}

	}

}
