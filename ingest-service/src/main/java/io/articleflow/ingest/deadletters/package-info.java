/** The depth of every dead-letter topic, as a metric: dead letters waiting for a replay. */
package io.articleflow.ingest.deadletters;
