/**
 * The analyzer's throughput on its own, over a folder of articles: the extraction limit that {@code ./pipeline bench}
 * compares the whole pipeline with.
 */
package io.articleflow.extract.throughput;
