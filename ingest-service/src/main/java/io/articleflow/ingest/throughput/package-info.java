/**
 * Throughput tools for {@code ./pipeline bench}: ingest's text extraction alone, outside the service.
 */
package io.articleflow.ingest.throughput;
