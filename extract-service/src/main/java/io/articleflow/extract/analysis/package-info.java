/**
 * Article analysis: what extract-service knows about an article's text (cleaned text, metadata, entities, story
 * cluster), independent of messaging. {@link io.articleflow.extract.analysis.ArticleAnalyzer} is the seam the
 * messaging code depends on.
 */
package io.articleflow.extract.analysis;
