/**
 * Topic names, header names and the message shape every service puts on Kafka: keyed by document id, with
 * CloudEvents 1.0 attributes in binary mode as Kafka headers.
 */
package io.articleflow.common.messaging;
