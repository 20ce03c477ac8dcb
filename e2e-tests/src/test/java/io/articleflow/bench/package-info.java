/**
 * {@code ./pipeline bench}: the throughput and latency of the whole pipeline on one machine, beside the physical
 * limits measured in the same run (raw Kafka, the extractor alone, Lucene alone). A measurement that prints figures;
 * nothing here is a test.
 */
package io.articleflow.bench;
