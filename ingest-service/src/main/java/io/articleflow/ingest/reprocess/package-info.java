/**
 * Re-extracting the articles an older extractor enriched ({@code ./pipeline reprocess --stale}): their raw text is
 * read back from the compacted {@code article-ingested} topic, not from the bucket.
 */
package io.articleflow.ingest.reprocess;
