/**
 * Replaying dead letters: the admin endpoint {@code POST /api/admin/replay} (behind the API token, closed while none is
 * configured) and the command line of {@code ./pipeline replay}, both on common's {@code DeadLetterReplay}.
 */
package io.articleflow.ingest.replay;
