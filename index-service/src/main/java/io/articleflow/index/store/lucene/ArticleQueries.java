package io.articleflow.index.store.lucene;

import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import io.articleflow.index.store.ArticleQuery;
import io.articleflow.index.store.InvalidQueryException;

/** Turns an {@link ArticleQuery} into Lucene queries: the user's full-text part and the filters around it. */
final class ArticleQueries {

	/** A title or entity-name match says more about an article than a match somewhere in its text. */
	private static final Map<String, Float> BOOSTS = Map.of(ArticleFields.TITLE, 3f, ArticleFields.ENTITY_NAMES, 2f,
			ArticleFields.TEXT, 1f);

	private final Analyzer analyzer;

	ArticleQueries(Analyzer analyzer) {
		this.analyzer = analyzer;
	}

	/**
	 * The full-text part: what scores and what the snippets highlight; every article when there is no text.
	 * @throws InvalidQueryException when the text is not valid query syntax
	 */
	Query fullText(ArticleQuery query) {
		if (query.text() == null) {
			return new MatchAllDocsQuery();
		}
		// A parser is cheap and not thread-safe: one per request.
		MultiFieldQueryParser parser = new MultiFieldQueryParser(ArticleFields.FULL_TEXT, this.analyzer, BOOSTS);
		parser.setDefaultOperator(QueryParser.Operator.AND);
		try {
			return parser.parse(query.text());
		}
		catch (ParseException ex) {
			throw new InvalidQueryException(firstLine(ex.getMessage()), ex);
		}
	}

	/** The full-text query restricted by the entity, type and date filters, which do not score. */
	Query filtered(Query fullText, ArticleQuery query) {
		BooleanQuery.Builder builder = new BooleanQuery.Builder().add(fullText, Occur.MUST);
		for (String entity : query.entities()) {
			Term term = (query.type() != null)
					? new Term(ArticleFields.TYPED_ENTITY, ArticleDocuments.typedKey(query.type(), entity))
					: new Term(ArticleFields.ENTITY, ArticleDocuments.key(entity));
			builder.add(new TermQuery(term), Occur.FILTER);
		}
		if (query.type() != null && query.entities().isEmpty()) {
			builder.add(new TermQuery(new Term(ArticleFields.ENTITY_TYPE, query.type().name())), Occur.FILTER);
		}
		if (query.from() != null || query.to() != null) {
			long from = (query.from() != null) ? query.from().toEpochDay() : Long.MIN_VALUE;
			long to = (query.to() != null) ? query.to().toEpochDay() : Long.MAX_VALUE;
			builder.add(LongField.newRangeQuery(ArticleFields.PUBLISHED_DAY, from, to), Occur.FILTER);
		}
		return builder.build();
	}

	private static String firstLine(String message) {
		int end = message.indexOf('\n');
		return (end < 0) ? message : message.substring(0, end).strip();
	}

}
