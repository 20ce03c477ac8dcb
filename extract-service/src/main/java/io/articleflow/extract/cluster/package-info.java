/**
 * Story clusters: near-duplicate detection with MinHash signatures and LSH, so that articles telling the same story
 * (re-publications, different translations) share a cluster id.
 */
package io.articleflow.extract.cluster;
