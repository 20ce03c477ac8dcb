package io.articleflow.index.store.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import io.articleflow.index.store.ArticleHit;
import io.articleflow.index.store.ArticleIndex;
import io.articleflow.index.store.ArticleIndexingException;
import io.articleflow.index.store.ArticleQuery;
import io.articleflow.index.store.EntityRef;
import io.articleflow.index.store.IndexableArticle;
import io.articleflow.index.store.IndexStats;
import io.articleflow.index.store.InvalidQueryException;
import io.articleflow.index.store.SearchResults;

/**
 * {@link ArticleIndex} on an Apache Lucene index in a local directory. Writes go through one {@link IndexWriter};
 * {@link #commit()} makes them durable, then refreshes the near-real-time {@link SearcherManager} that searches use.
 * English analysis (possessives, stop words, Porter stemming) on title, text and entity names.
 */
public final class LuceneArticleIndex implements ArticleIndex, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(LuceneArticleIndex.class);

	/** Without a full-text query, the newest articles come first; undated ones last. */
	private static final Sort NEWEST_FIRST = new Sort(
			LongField.newSortField(ArticleFields.PUBLISHED_DAY, true, SortedNumericSelector.Type.MAX, Long.MIN_VALUE),
			SortField.FIELD_DOC);

	/** Passages end at sentence boundaries near this length. */
	private static final int SNIPPET_LENGTH = 200;

	/** Highlight anywhere in the text, not only its first 10,000 characters (Lucene's default). */
	private static final int HIGHLIGHT_MAX_LENGTH = 16 * 1024 * 1024;

	private static final Set<String> HIT_FIELDS = Set.of(ArticleFields.ID, ArticleFields.TITLE,
			ArticleFields.PUBLISHED, ArticleFields.ENTITY_REFS);

	private final Path path;

	private final Directory directory;

	private final Analyzer analyzer;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	private final FacetsConfig facetsConfig = ArticleFields.facetsConfig();

	private final ArticleDocuments documents;

	private final ArticleQueries queries;

	private final EntityFacets facets = new EntityFacets(this.facetsConfig);

	private final JsonMapper json;

	private LuceneArticleIndex(Path path, Directory directory, Analyzer analyzer, IndexWriter writer,
			JsonMapper json) throws IOException {
		this.path = path;
		this.directory = directory;
		this.analyzer = analyzer;
		this.writer = writer;
		this.searchers = new SearcherManager(writer, null);
		this.documents = new ArticleDocuments(json);
		this.queries = new ArticleQueries(analyzer);
		this.json = json;
	}

	/**
	 * Opens the index in a directory, creating both when missing.
	 * @throws IOException when the directory cannot be created or is locked by another writer
	 */
	public static LuceneArticleIndex open(Path path, JsonMapper json) throws IOException {
		Path directoryPath = path.toAbsolutePath().normalize();
		Files.createDirectories(directoryPath);
		Directory directory = FSDirectory.open(directoryPath);
		Analyzer analyzer = new EnglishAnalyzer();
		try {
			IndexWriterConfig config = new IndexWriterConfig(analyzer)
				.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
				// A commit does not wait for merges: by default it merges the small segments first, for up to 500 ms,
				// which delays every article of the batch; the merges run in the background all the same.
				.setMaxFullFlushMergeWaitMillis(0)
				.setCommitOnClose(true);
			LuceneArticleIndex index = new LuceneArticleIndex(directoryPath, directory,
					analyzer, new IndexWriter(directory, config), json);
			log.info("Opened the Lucene index at {} with {} articles", directoryPath, index.count());
			return index;
		}
		catch (IOException | RuntimeException ex) {
			directory.close();
			analyzer.close();
			throw ex;
		}
	}

	@Override
	public void upsertAll(List<IndexableArticle> articles) {
		for (int i = 0; i < articles.size(); i++) {
			IndexableArticle article = articles.get(i);
			try {
				Document doc = this.facetsConfig.build(this.documents.toDocument(article));
				// Replaces any document with this id atomically: re-delivery never duplicates.
				this.writer.updateDocument(new Term(ArticleFields.ID, article.documentId()), doc);
			}
			catch (IllegalArgumentException ex) {
				// Lucene refuses the document itself (e.g. a term longer than 32766 bytes); the writer stays usable.
				throw new ArticleIndexingException(
						"the index refused article " + article.documentId() + ": " + ex.getMessage(), i, true, ex);
			}
			catch (IOException ex) {
				throw new ArticleIndexingException("could not write article " + article.documentId(), i, false, ex);
			}
		}
	}

	@Override
	public void commit() {
		try {
			this.writer.commit();
			this.searchers.maybeRefreshBlocking();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not commit the index at " + this.path, ex);
		}
	}

	@Override
	public SearchResults search(ArticleQuery query) {
		Query fullText = this.queries.fullText(query);
		Query filtered = this.queries.filtered(fullText, query);
		int window = query.offset() + query.size();
		// Exact totals: facets visit every match anyway, so counting them all costs nothing more.
		CollectorManager<?, ? extends TopDocs> top = (query.text() == null)
				? new TopFieldCollectorManager(NEWEST_FIRST, window, null, Integer.MAX_VALUE)
				: new TopScoreDocCollectorManager(window, null, Integer.MAX_VALUE);
		IndexSearcher searcher = acquire();
		try {
			Object[] collected = searcher.search(filtered, new MultiCollectorManager(top, new FacetsCollectorManager()));
			TopDocs topDocs = (TopDocs) collected[0];
			FacetsCollector matches = (FacetsCollector) collected[1];
			ScoreDoc[] page = Arrays.copyOfRange(topDocs.scoreDocs, Math.min(query.offset(), topDocs.scoreDocs.length),
					topDocs.scoreDocs.length);
			List<ArticleHit> hits = hits(searcher, fullText, new TopDocs(topDocs.totalHits, page));
			return new SearchResults(topDocs.totalHits.value(), hits,
					this.facets.count(searcher.getIndexReader(), matches, query.facetSize()));
		}
		catch (IndexSearcher.TooManyClauses ex) {
			throw new InvalidQueryException("the query expands to too many terms: use a longer prefix or fewer "
					+ "wildcards", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not search the index at " + this.path, ex);
		}
		finally {
			release(searcher);
		}
	}

	@Override
	public Optional<String> findJson(String documentId) {
		IndexSearcher searcher = acquire();
		try {
			TopDocs found = searcher.search(new TermQuery(new Term(ArticleFields.ID, documentId)), 1);
			if (found.scoreDocs.length == 0) {
				return Optional.empty();
			}
			Document doc = searcher.storedFields().document(found.scoreDocs[0].doc, Set.of(ArticleFields.EVENT));
			return Optional.of(doc.get(ArticleFields.EVENT));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not read article " + documentId, ex);
		}
		finally {
			release(searcher);
		}
	}

	@Override
	public long count() {
		IndexSearcher searcher = acquire();
		try {
			return searcher.getIndexReader().numDocs();
		}
		finally {
			release(searcher);
		}
	}

	@Override
	public IndexStats stats() {
		IndexSearcher searcher = acquire();
		try {
			IndexReader reader = searcher.getIndexReader();
			return new IndexStats(reader.numDocs(), this.facets.distinct(reader));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not read the statistics of the index at " + this.path, ex);
		}
		finally {
			release(searcher);
		}
	}

	/** The index directory. */
	public Path path() {
		return this.path;
	}

	/** Why the writer can no longer write (disk failure, corruption), or {@code null} while it is healthy. */
	public Throwable failure() {
		Throwable tragic = this.writer.getTragicException();
		if (tragic == null && !this.writer.isOpen()) {
			return new IllegalStateException("the index writer is closed");
		}
		return tragic;
	}

	/** Commits what was written (the writer commits on close) and releases the directory lock. */
	@Override
	public void close() throws IOException {
		try (Directory closingDirectory = this.directory; Analyzer closingAnalyzer = this.analyzer) {
			this.searchers.close();
			if (this.writer.isOpen()) {
				this.writer.close();
			}
			log.info("Closed the Lucene index at {}", this.path);
		}
	}

	private List<ArticleHit> hits(IndexSearcher searcher, Query fullText, TopDocs page) throws IOException {
		String[] snippets = highlighter(searcher).highlight(ArticleFields.TEXT, fullText, page);
		StoredFields stored = searcher.storedFields();
		List<ArticleHit> hits = new ArrayList<>(page.scoreDocs.length);
		for (int i = 0; i < page.scoreDocs.length; i++) {
			Document doc = stored.document(page.scoreDocs[i].doc, HIT_FIELDS);
			EntityRef[] entities = this.json.readValue(doc.get(ArticleFields.ENTITY_REFS), EntityRef[].class);
			hits.add(new ArticleHit(doc.get(ArticleFields.ID), doc.get(ArticleFields.TITLE),
					doc.get(ArticleFields.PUBLISHED), (snippets[i] != null) ? snippets[i] : "", List.of(entities)));
		}
		return hits;
	}

	private UnifiedHighlighter highlighter(IndexSearcher searcher) {
		return UnifiedHighlighter.builder(searcher, this.analyzer)
			// Escapes the text as HTML; only the <mark> tags it adds are markup.
			.withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
			.withBreakIterator(() -> LengthGoalBreakIterator
				.createClosestToLength(BreakIterator.getSentenceInstance(Locale.ROOT), SNIPPET_LENGTH, 0.5f))
			.withMaxLength(HIGHLIGHT_MAX_LENGTH)
			.build();
	}

	private IndexSearcher acquire() {
		try {
			return this.searchers.acquire();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not open a searcher on " + this.path, ex);
		}
	}

	private void release(IndexSearcher searcher) {
		try {
			this.searchers.release(searcher);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not release a searcher on " + this.path, ex);
		}
	}

}
