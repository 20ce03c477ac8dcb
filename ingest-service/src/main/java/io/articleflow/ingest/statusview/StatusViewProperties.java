package io.articleflow.ingest.statusview;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The status view of every document.
 *
 * @param capacity the most documents (and files refused before they had a document id) the view holds in memory,
 *     about 500 bytes each (100,000: some 50 MiB); beyond it the document updated longest ago is forgotten by the
 *     view, though its record stays in the topic
 * @param filesPerDocument the most file names kept per document (the same content dropped under several names
 *     has one document id)
 */
@Validated
@ConfigurationProperties("ingest.status")
public record StatusViewProperties(
		@DefaultValue("100000") @Min(value = 1, message = "capacity must be at least 1") int capacity,
		@DefaultValue("8") @Min(value = 1, message = "files-per-document must be at least 1") int filesPerDocument) {
}
