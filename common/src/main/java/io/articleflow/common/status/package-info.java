/**
 * Publishing each document's outcome to the compacted {@code article-status} topic, the same way from every stage:
 * after the stage's own work, never failing it.
 */
package io.articleflow.common.status;
