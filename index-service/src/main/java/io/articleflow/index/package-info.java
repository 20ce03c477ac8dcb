/**
 * index-service: indexes {@link io.articleflow.common.event.ArticleEnriched} events and serves search over them.
 * Features: {@code consume} (the Kafka step), {@code store} (the search index behind an interface) and {@code api}
 * (REST endpoints and the web page's backend).
 */
package io.articleflow.index;
