/**
 * Lucene indexing on its own, over a file of {@code article-enriched} record values: the indexing limit that
 * {@code ./pipeline bench} compares the whole pipeline with.
 */
package io.articleflow.index.throughput;
