/**
 * The limits of one article that every stage agrees on: how much text it may have, how many entities and mentions
 * its enriched event carries, and how large a Kafka record of the pipeline may be.
 */
package io.articleflow.common.limits;
