/**
 * The extract step of the pipeline: the {@code extractEntities} function from {@code article-ingested} to
 * {@code article-enriched}, delegating the analysis to {@link io.articleflow.extract.analysis.ArticleAnalyzer}.
 */
package io.articleflow.extract.enrich;
