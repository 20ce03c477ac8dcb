/**
 * Batch prediction for evaluation: the analyzer over a folder of articles, written in the gold files' format.
 */
package io.articleflow.extract.predict;
