/**
 * The versioned event contract between the pipeline's services: the records every service serialises to and from
 * JSON, with their JSON Schemas under {@code schemas/} on the classpath.
 */
package io.articleflow.common.event;
