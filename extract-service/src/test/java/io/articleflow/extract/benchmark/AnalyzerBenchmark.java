package io.articleflow.extract.benchmark;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import io.articleflow.extract.analysis.AnalysisProperties;
import io.articleflow.extract.analysis.ArticleAnalyzer;
import io.articleflow.extract.analysis.DefaultArticleAnalyzer;
import io.articleflow.extract.entity.EntityExtractor;
import io.articleflow.extract.eval.SeedCorpus;
import io.articleflow.extract.kb.KbMatcher;
import io.articleflow.extract.kb.KnowledgeBase;
import io.articleflow.extract.kb.KnowledgeBaseLoader;
import io.articleflow.extract.text.ArticleText;
import io.articleflow.extract.text.TextCleaner;

/**
 * The extractor's hot path under JMH, one operation being one pass over the seed articles: the whole analyzer, its
 * entity extraction (tokens and entities of the cleaned text), inside that the knowledge base's name matching (tokens
 * and matches), and the tokens alone. Each operation builds its {@link ArticleText} afresh, as every article does, so
 * no token cache survives from one operation to the next. Run through {@link ExtractorBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AnalyzerBenchmark {

	private final List<String> ids = new ArrayList<>();

	private final List<String> raw = new ArrayList<>();

	private final List<String> cleaned = new ArrayList<>();

	private ArticleAnalyzer analyzer;

	private EntityExtractor entityExtractor;

	private KbMatcher kbMatcher;

	@Setup
	public void load() {
		SeedCorpus.load().forEach((name, text) -> {
			this.ids.add(name);
			this.raw.add(text);
		});
		AnalysisProperties properties = AnalysisProperties.defaults();
		TextCleaner cleaner = new TextCleaner(properties.stripPageContent());
		this.raw.forEach(text -> this.cleaned.add(cleaner.clean(text)));
		this.analyzer = DefaultArticleAnalyzer.create(properties);
		KnowledgeBase knowledgeBase = KnowledgeBaseLoader.load(properties.knowledgeBaseFile());
		this.entityExtractor = new EntityExtractor(knowledgeBase);
		this.kbMatcher = new KbMatcher(knowledgeBase);
	}

	/** What one operation reads: the seed articles, their UTF-8 bytes (for MB/s) and characters. */
	record SeedPass(int articles, long bytes, long chars) {
	}

	/** The size of one operation, read from the seed files (no analyzer needed). */
	static SeedPass seedPass() {
		Map<String, String> seeds = SeedCorpus.load();
		long bytes = 0;
		long chars = 0;
		for (String text : seeds.values()) {
			bytes += text.getBytes(StandardCharsets.UTF_8).length;
			chars += text.length();
		}
		return new SeedPass(seeds.size(), bytes, chars);
	}

	/** Every article through the analyzer: cleaning, metadata, entities, story cluster. Returns the entities found. */
	@Benchmark
	public int analyze() {
		int entities = 0;
		for (int i = 0; i < this.raw.size(); i++) {
			entities += this.analyzer.analyze(this.ids.get(i), this.raw.get(i), Map.of()).entities().size();
		}
		return entities;
	}

	/** Every cleaned article tokenized, the base of every later step. Returns the tokens. */
	@Benchmark
	public int tokens() {
		int tokens = 0;
		for (String text : this.cleaned) {
			tokens += ArticleText.of(text).size();
		}
		return tokens;
	}

	/** Every cleaned article tokenized and its entities found (no publication year). Returns the entities found. */
	@Benchmark
	public int entities() {
		int entities = 0;
		for (String text : this.cleaned) {
			entities += this.entityExtractor.extract(ArticleText.of(text), 0).size();
		}
		return entities;
	}

	/** Every cleaned article tokenized and the knowledge base's names found in it. Returns the matches. */
	@Benchmark
	public int knowledgeBaseNames() {
		int matches = 0;
		for (String text : this.cleaned) {
			matches += this.kbMatcher.find(ArticleText.of(text)).size();
		}
		return matches;
	}

}
