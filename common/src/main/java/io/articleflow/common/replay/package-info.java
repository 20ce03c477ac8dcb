/**
 * Replaying dead letters to the topics they came from, once each, with plain Kafka clients: shared by ingest-service's
 * admin endpoint and {@code ./pipeline replay}.
 */
package io.articleflow.common.replay;
