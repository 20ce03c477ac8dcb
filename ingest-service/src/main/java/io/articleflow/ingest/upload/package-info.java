/**
 * HTTP upload: {@code POST /api/files} puts a document into the bucket and ingests it at once through the same
 * {@link io.articleflow.ingest.intake.FileIngestor} as dropped files, answering with its document id or with why
 * not (JSON {@code {"error": ..., "detail": ...}}).
 */
package io.articleflow.ingest.upload;
