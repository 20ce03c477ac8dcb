/**
 * The ingest flow: find complete files in the bucket, read their text, publish the raw event, and only then move
 * each file to {@code processed/} (or to {@code failed/} with the reason).
 */
package io.articleflow.ingest.intake;
