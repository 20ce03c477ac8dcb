/**
 * One document's path through the pipeline as one trace: the document id travels as W3C baggage in the Kafka
 * headers beside the trace context, and shows in every log line (MDC {@code document-id}) next to the trace id.
 */
package io.articleflow.common.tracing;
