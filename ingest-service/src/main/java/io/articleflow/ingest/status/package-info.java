/** What ingest has done lately, over HTTP: counts and the recent outcomes per file, for operators and scripts. */
package io.articleflow.ingest.status;
