/**
 * Test support shared by every module (published as common's test-jar): the one switch that provides a real Kafka
 * broker to integration tests, a plain consumer that proves records reached it, and event-schema validation.
 */
package io.articleflow.common.test;
