package io.articleflow.index.store.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.grouping.GroupDocs;
import org.apache.lucene.search.grouping.GroupingSearch;
import org.apache.lucene.search.grouping.TopGroups;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import io.articleflow.index.store.ArticleFacts;
import io.articleflow.index.store.ArticleHit;
import io.articleflow.index.store.ArticleIndex;
import io.articleflow.index.store.ArticleIndexingException;
import io.articleflow.index.store.ArticleQuery;
import io.articleflow.index.store.ArticleSummary;
import io.articleflow.index.store.EntityProfile;
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
	static final Sort NEWEST_FIRST = new Sort(
			LongField.newSortField(ArticleFields.PUBLISHED_DAY, true, SortedNumericSelector.Type.MAX, Long.MIN_VALUE),
			SortField.FIELD_DOC);

	/** Passages end at sentence boundaries near this length. */
	private static final int SNIPPET_LENGTH = 200;

	/** Highlight anywhere in the text, not only its first 10,000 characters (Lucene's default). */
	private static final int HIGHLIGHT_MAX_LENGTH = 16 * 1024 * 1024;

	private static final Set<String> HIT_FIELDS = Set.of(ArticleFields.ID, ArticleFields.TITLE,
			ArticleFields.PUBLISHED, ArticleFields.BYLINE, ArticleFields.PUBLICATION, ArticleFields.ENTITY_REFS,
			ArticleFields.CLUSTER);

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

	private final EntityProfiles profiles;

	/**
	 * The versions written (or {@code Long.MIN_VALUE} deleted) since the last commit, which searchers do not see yet:
	 * what an upsert of the same id in the same batch compares with. Cleared on commit, so bounded by a batch.
	 */
	private final Map<String, Long> uncommittedVersions = new ConcurrentHashMap<>();

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
		this.profiles = new EntityProfiles(json, this.facets);
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
				// ... and does not write a large merged segment out on the consumer's thread either
				.setMergedSegmentWarmer(new MergedSegmentSync(directory))
				.setCommitOnClose(true);
			IndexWriter writer = new IndexWriter(directory, config);
			LuceneArticleIndex index = new LuceneArticleIndex(directoryPath, directory, analyzer, writer, json);
			if (!SchemaUpgrade.CURRENT.equals(SchemaUpgrade.version(writer))) {
				int rebuilt = SchemaUpgrade.rebuild(writer, json, index::upsertAll);
				SchemaUpgrade.markCurrent(writer);
				index.commit();
				if (rebuilt > 0) {
					log.info("Rebuilt {} articles of the Lucene index at {} from their stored events for schema {}",
							rebuilt, directoryPath, SchemaUpgrade.CURRENT);
				}
			}
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
				long version = ArticleFacts.version(article.article());
				if (version < indexedVersion(article.documentId())) {
					log.debug("Kept the newer indexed version of {}: the event of version {} came late",
							article.documentId(), version);
					continue;
				}
				Document doc = this.facetsConfig.build(this.documents.toDocument(article));
				// Replaces any document with this id atomically: re-delivery never duplicates.
				this.writer.updateDocument(new Term(ArticleFields.ID, article.documentId()), doc);
				this.uncommittedVersions.put(article.documentId(), version);
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
	public boolean delete(String documentId) {
		boolean existed = findJson(documentId).isPresent() || this.uncommittedVersions.containsKey(documentId);
		try {
			this.writer.deleteDocuments(new Term(ArticleFields.ID, documentId));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not delete article " + documentId, ex);
		}
		this.uncommittedVersions.put(documentId, Long.MIN_VALUE);
		return existed;
	}

	@Override
	public int reindex() {
		try {
			int rebuilt = SchemaUpgrade.rebuild(this.writer, this.json, this::upsertAll);
			commit();
			log.info("Rebuilt {} articles of the Lucene index at {} from their stored events", rebuilt, this.path);
			return rebuilt;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not rebuild the index at " + this.path, ex);
		}
	}

	/** A near-real-time refresh from the writer: searchable before the commit's fsync, which can take far longer. */
	@Override
	public boolean refresh() {
		try {
			this.searchers.maybeRefreshBlocking();
			return true;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not refresh the searcher of the index at " + this.path, ex);
		}
	}

	@Override
	public void commit() {
		try {
			this.writer.commit();
			this.searchers.maybeRefreshBlocking();
			this.uncommittedVersions.clear();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not commit the index at " + this.path, ex);
		}
	}

	@Override
	public SearchResults search(ArticleQuery query) {
		Query fullText = this.queries.fullText(query);
		Query filtered = this.queries.filtered(fullText, query);
		Sort order = query.newestFirst() ? NEWEST_FIRST : Sort.RELEVANCE;
		// One hit per story; counting all groups gives the story total of the pager.
		GroupingSearch stories = StoryKeys.grouping(order, 1 + ArticleHit.MAX_OTHER_VERSIONS);
		IndexSearcher searcher = acquire();
		try {
			TopGroups<?> groups = query.collapse()
					? stories.search(searcher, filtered, query.offset(), query.size())
					: ungrouped(searcher.search(filtered,
							// Exact totals, as with collapsing: the facets visit every match anyway.
							new TopFieldCollectorManager(order, query.offset() + query.size(), null, Integer.MAX_VALUE)),
							query.offset());
			FacetsCollector matches = searcher.search(filtered, new FacetsCollectorManager());
			List<ArticleHit> hits = (groups == null) ? List.of() : hits(searcher, fullText, groups);
			long total = (groups == null || groups.totalGroupCount == null) ? 0 : groups.totalGroupCount;
			long articles = (groups == null) ? 0 : groups.totalHitCount;
			return new SearchResults(total, articles, hits,
					this.facets.count(searcher.getIndexReader(), matches, query.facetSize()),
					DateHistogram.count(matches));
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
	public Optional<EntityProfile> entity(String entityId, int facetSize) {
		IndexSearcher searcher = acquire();
		try {
			return this.profiles.profile(searcher, entityId, facetSize);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not read entity " + entityId, ex);
		}
		finally {
			release(searcher);
		}
	}

	@Override
	public List<ArticleSummary> similar(String documentId, int limit) {
		IndexSearcher searcher = acquire();
		try {
			return this.profiles.similar(searcher, documentId, limit);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not find articles like " + documentId, ex);
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

	/**
	 * The version of the article as indexed (written since the last commit, else committed), or
	 * {@code Long.MIN_VALUE} when there is none, or it was deleted, or it predates versions.
	 */
	private long indexedVersion(String documentId) throws IOException {
		Long uncommitted = this.uncommittedVersions.get(documentId);
		if (uncommitted != null) {
			return uncommitted;
		}
		IndexSearcher searcher = acquire();
		try {
			TopDocs found = searcher.search(new TermQuery(new Term(ArticleFields.ID, documentId)), 1);
			if (found.scoreDocs.length == 0) {
				return Long.MIN_VALUE;
			}
			Document doc = searcher.storedFields().document(found.scoreDocs[0].doc, Set.of(ArticleFields.VERSION));
			return (doc.getField(ArticleFields.VERSION) != null) ? doc.getField(ArticleFields.VERSION).numericValue().longValue()
					: Long.MIN_VALUE;
		}
		finally {
			release(searcher);
		}
	}

	/** Each article of a page as a story of its own, so that hits are built the same way. */
	private static TopGroups<Object> ungrouped(TopDocs top, int offset) {
		ScoreDoc[] all = top.scoreDocs;
		@SuppressWarnings("unchecked")
		GroupDocs<Object>[] groups = new GroupDocs[Math.max(0, all.length - offset)];
		for (int i = 0; i < groups.length; i++) {
			ScoreDoc doc = all[offset + i];
			groups[i] = new GroupDocs<>(doc.score, doc.score, new TotalHits(1, TotalHits.Relation.EQUAL_TO),
					new ScoreDoc[] { doc }, null, null);
		}
		int total = Math.toIntExact(top.totalHits.value());
		return new TopGroups<>(new TopGroups<>(null, null, total, total, groups, Float.NaN), total);
	}

	private List<ArticleHit> hits(IndexSearcher searcher, Query fullText, TopGroups<?> groups)
			throws IOException {
		ScoreDoc[] heads = new ScoreDoc[groups.groups.length];
		for (int i = 0; i < heads.length; i++) {
			heads[i] = groups.groups[i].scoreDocs()[0];
		}
		String[] snippets = highlighter(searcher).highlight(ArticleFields.BODY, fullText,
				new TopDocs(new TotalHits(heads.length, TotalHits.Relation.EQUAL_TO), heads));
		StoredFields stored = searcher.storedFields();
		List<ArticleHit> hits = new ArrayList<>(heads.length);
		for (int i = 0; i < heads.length; i++) {
			GroupDocs<?> group = groups.groups[i];
			Document doc = stored.document(heads[i].doc, HIT_FIELDS);
			List<EntityRef> entities = List.of(this.json.readValue(doc.get(ArticleFields.ENTITY_REFS), EntityRef[].class));
			List<EntityRef> salient = entities.subList(0, Math.min(entities.size(), ArticleHit.MAX_ENTITIES));
			List<ArticleSummary> others = new ArrayList<>(group.scoreDocs().length - 1);
			for (int j = 1; j < group.scoreDocs().length; j++) {
				others.add(ArticleSummaries.read(stored, group.scoreDocs()[j].doc));
			}
			hits.add(new ArticleHit(doc.get(ArticleFields.ID), doc.get(ArticleFields.TITLE),
					doc.get(ArticleFields.PUBLISHED), doc.get(ArticleFields.BYLINE), doc.get(ArticleFields.PUBLICATION),
					(snippets[i] != null) ? snippets[i] : "", salient, entities.size() - salient.size(),
					doc.get(ArticleFields.CLUSTER), group.totalHits().value(), others));
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
			// Snippets come from the body field; the query's terms are on title, text and entity names.
			.withFieldMatcher(field -> true)
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
