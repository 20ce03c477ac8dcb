/**
 * The embedded Apache Lucene implementation of {@link io.articleflow.index.store.ArticleIndex}: one index directory
 * on local disk, an {@link org.apache.lucene.index.IndexWriter} fed by the consumer thread and near-real-time
 * searchers for HTTP requests.
 */
package io.articleflow.index.store.lucene;
