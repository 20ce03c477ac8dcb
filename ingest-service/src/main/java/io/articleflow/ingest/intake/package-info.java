/**
 * The ingest flow, the one code path for every bucket and for uploads: find complete files, copy each within the
 * size limit, read its text, publish the raw event, and only then move the file to {@code processed/} (or to
 * {@code failed/} with the reason); progress as a log line and Micrometer meters.
 */
package io.articleflow.ingest.intake;
