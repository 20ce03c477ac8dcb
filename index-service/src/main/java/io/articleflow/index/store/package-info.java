/**
 * The article search index as the rest of the service sees it: {@link io.articleflow.index.store.ArticleIndex}, its
 * query and result model, and its failures. Implementations live in sub-packages (Lucene today).
 */
package io.articleflow.index.store;
