/**
 * The ingest bucket: a folder on disk or an S3 (or S3-compatible) bucket where operators drop files, how complete
 * files are found, and where each file goes once its event is acknowledged ({@code processed/}) or it cannot be
 * read ({@code failed/}, with a JSON sidecar saying why).
 */
package io.articleflow.ingest.bucket;
