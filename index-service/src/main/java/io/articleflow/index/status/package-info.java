/**
 * A document's status for the search page: {@code GET /api/articles/{id}/status} asks ingest-service's status view
 * (the one reader of the compacted {@code article-status} topic) and passes its answer on. Proxying rather than
 * reading the topic here keeps one bounded view of every document, in one service, instead of a second copy of it
 * in the heap that holds the Lucene index; the price is that the status needs ingest-service up, and the page says
 * so when it is not.
 */
package io.articleflow.index.status;
