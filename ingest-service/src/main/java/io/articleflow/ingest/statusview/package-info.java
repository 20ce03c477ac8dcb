/**
 * Where every document is: the compacted {@code article-status} topic read from its beginning into a bounded view,
 * by document id and by file name, with the failures by stage and reason; over HTTP for operators and
 * {@code ./pipeline status FILE|ID}.
 */
package io.articleflow.ingest.statusview;
