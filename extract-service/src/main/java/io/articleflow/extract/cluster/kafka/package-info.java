/**
 * The story-cluster registry shared by every extract-service instance through a compacted Kafka topic.
 */
package io.articleflow.extract.cluster.kafka;
