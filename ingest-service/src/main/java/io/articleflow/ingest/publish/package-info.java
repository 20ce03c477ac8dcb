/** Publishing raw article events to Kafka, synchronously: the call returns once the broker acknowledged. */
package io.articleflow.ingest.publish;
