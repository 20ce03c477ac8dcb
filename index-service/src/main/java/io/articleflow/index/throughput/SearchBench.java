package io.articleflow.index.throughput;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import io.articleflow.common.event.ArticleEnriched;
import io.articleflow.common.event.Entity;
import io.articleflow.common.event.EntityType;
import io.articleflow.index.store.ArticleIndex;
import io.articleflow.index.store.ArticleQuery;
import io.articleflow.index.store.ArticleSort;
import io.articleflow.index.store.IndexableArticle;

/**
 * Grows an index to a number of articles and times a fixed mix of searches on it, the same on every backend: the
 * articles are the events of a file (one JSON value per line, as dumped from {@code article-enriched}), repeated
 * under new document ids and story ids when the index must hold more than the file has, so that an index of 100,000
 * articles has 100,000 distinct stories.
 */
public final class SearchBench {

	/** Hits per page, facet values per type: what the search page asks for. */
	static final int PAGE_SIZE = 10;

	static final int FACET_SIZE = 10;

	private final ArticleIndex index;

	private final JsonMapper json;

	private final List<String> events;

	private int written;

	/**
	 * @param index an empty index, or one an earlier bench grew from the same events (it grows on from its count)
	 * @param events the events, one JSON value each
	 */
	public SearchBench(ArticleIndex index, JsonMapper json, List<String> events) {
		if (events.isEmpty()) {
			throw new IllegalArgumentException("no events to index");
		}
		this.index = index;
		this.json = json;
		this.events = events;
		this.written = Math.toIntExact(index.count());
	}

	/**
	 * Reads the first events of a file, as many as fit in {@code maxChars} (the tool's heap holds them, the index's
	 * buffers and the searches).
	 */
	public static List<String> read(Path file, long maxChars) throws IOException {
		List<String> events = new ArrayList<>();
		long chars = 0;
		try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			for (String line = lines.readLine(); line != null && chars + line.length() <= maxChars;
					line = lines.readLine()) {
				if (!line.isBlank()) {
					events.add(line);
					chars += line.length();
				}
			}
		}
		return events;
	}

	/**
	 * Indexes articles until the index holds {@code size}, in batches with a commit each, as index-service does.
	 * @return how long it took and how many articles were written
	 */
	public Growth growTo(int size, int batchSize) {
		long start = System.nanoTime();
		int before = this.written;
		List<IndexableArticle> batch = new ArrayList<>(batchSize);
		while (this.written < size) {
			batch.add(copy(this.written));
			this.written++;
			if (batch.size() == batchSize || this.written == size) {
				this.index.upsertAll(batch);
				this.index.commit();
				batch.clear();
			}
		}
		return new Growth(this.written - before, (System.nanoTime() - start) / 1e9);
	}

	/** The {@code n}th article written: event {@code n % events} under ids of its own from the second round on. */
	IndexableArticle copy(int n) {
		String line = this.events.get(n % this.events.size());
		ArticleEnriched event = this.json.readValue(line, ArticleEnriched.class);
		int round = n / this.events.size();
		if (round == 0) {
			return new IndexableArticle(event, line);
		}
		ArticleEnriched copy = new ArticleEnriched(event.documentId() + "-" + round, event.source(), event.text(),
				event.metadata(), event.entities(), event.clusterId() == null ? null : event.clusterId() + "-" + round,
				event.extractorVersion(), event.seenAt(), event.ingestedAt(), event.enrichedAt());
		return new IndexableArticle(copy, this.json.writeValueAsString(copy));
	}

	/**
	 * The fixed query mix, drawn from the events' most frequent entities (so that every query has hits on any
	 * corpus): names as full text, the same entities as facet filters, text within a year's dates, a phrase sorted
	 * by date, and the newest articles of a type (the page opened without a query).
	 */
	public List<ArticleQuery> queries(int perKind) {
		Map<String, int[]> counts = new HashMap<>();
		Map<String, Entity> byId = new HashMap<>();
		LocalDate newest = LocalDate.MIN;
		for (String line : this.events) {
			ArticleEnriched event = this.json.readValue(line, ArticleEnriched.class);
			for (Entity entity : event.entities()) {
				if (entity.type() != EntityType.DATE) {
					counts.computeIfAbsent(entity.id(), id -> new int[1])[0]++;
					byId.putIfAbsent(entity.id(), entity);
				}
			}
			LocalDate published = publishedDate(event);
			if (published != null && published.isAfter(newest)) {
				newest = published;
			}
		}
		List<Entity> frequent = counts.entrySet()
			.stream()
			.sorted(Comparator.comparingInt((Map.Entry<String, int[]> entry) -> -entry.getValue()[0])
				.thenComparing(Map.Entry::getKey))
			.limit(perKind)
			.map(entry -> byId.get(entry.getKey()))
			.toList();
		LocalDate to = newest.equals(LocalDate.MIN) ? LocalDate.now() : newest;
		List<ArticleQuery> queries = new ArrayList<>();
		for (Entity entity : frequent) {
			String word = firstWord(entity.canonicalName());
			queries.add(new ArticleQuery(word, List.of(), null, null, null, 0, PAGE_SIZE, FACET_SIZE));
			queries.add(new ArticleQuery(null, List.of(entity.id()), null, null, null, 0, PAGE_SIZE, FACET_SIZE));
			queries.add(new ArticleQuery(word, List.of(), null, to.minusYears(1), to, 0, PAGE_SIZE, FACET_SIZE));
			queries.add(new ArticleQuery("\"" + entity.canonicalName().replace("\"", "") + "\"", List.of(), null, null,
					null, 0, PAGE_SIZE, FACET_SIZE, ArticleSort.DATE));
		}
		for (EntityType type : EntityType.values()) {
			queries.add(new ArticleQuery(null, List.of(), type, null, null, 0, PAGE_SIZE, FACET_SIZE));
		}
		return queries;
	}

	/**
	 * Runs the mix {@code rounds} times after one unmeasured round, each search timed alone.
	 * @return the latencies, in milliseconds
	 */
	public Latencies time(List<ArticleQuery> queries, int rounds) {
		for (ArticleQuery query : queries) {
			this.index.search(query);
		}
		double[] millis = new double[queries.size() * rounds];
		int i = 0;
		long hits = 0;
		for (int round = 0; round < rounds; round++) {
			for (ArticleQuery query : queries) {
				long start = System.nanoTime();
				hits += this.index.search(query).total();
				millis[i++] = (System.nanoTime() - start) / 1e6;
			}
		}
		Arrays.sort(millis);
		return new Latencies(millis.length, percentile(millis, 50), percentile(millis, 99), millis[millis.length - 1],
				hits);
	}

	private static LocalDate publishedDate(ArticleEnriched event) {
		String date = event.metadata() == null ? null : event.metadata().publishedDate();
		try {
			return date == null ? null : LocalDate.parse(date);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static String firstWord(String name) {
		String[] words = name.replaceAll("[^\\p{L}\\p{N} ]", " ").trim().split("\\s+");
		// the longest word names the entity best (not "of", "the")
		return Arrays.stream(words).max(Comparator.comparingInt(String::length)).orElse(name);
	}

	/** Nearest-rank percentile of sorted values. */
	static double percentile(double[] sorted, int percent) {
		int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
		return sorted[Math.max(0, rank - 1)];
	}

	/** Articles written by one {@link #growTo} and how long it took. */
	public record Growth(int articles, double seconds) {

		public double perSecond() {
			return this.articles / this.seconds;
		}

	}

	/**
	 * Search latencies of one mix.
	 *
	 * @param searches how many were timed
	 * @param hits the total hits they reported, summed (a mix that finds nothing measures nothing)
	 */
	public record Latencies(int searches, double p50, double p99, double max, long hits) {
	}

}
