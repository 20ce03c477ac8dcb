/**
 * The {@code indexArticle} pipeline step: batches of {@code article-enriched} records, decoded, validated and
 * upserted into the {@link io.articleflow.index.store.ArticleIndex}, committed once per batch before Kafka commits
 * the offsets. A record that cannot be read or indexed is named to the container by its batch index, so the shared
 * failure policy retries or dead-letters that record alone.
 */
package io.articleflow.index.consume;
