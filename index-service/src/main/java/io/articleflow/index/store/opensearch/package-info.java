/**
 * The OpenSearch backend of the article index: a cluster that every index-service instance of the consumer group
 * shares, the scale-out path.
 */
package io.articleflow.index.store.opensearch;
