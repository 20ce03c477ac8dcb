package io.articleflow.index.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of the search API.
 *
 * @param defaultPageSize hits per page when the request gives no {@code size}
 * @param maxPageSize the largest {@code size} a request may ask for
 * @param maxResultWindow how deep paging may go: {@code (page + 1) * size} may not exceed it, as every page collects
 *     all hits before it
 * @param facetSize how many entities per type the facets list, and an entity page lists per type of co-occurring
 *     entities
 * @param similarSize how many articles "more like this" lists
 */
@Validated
@ConfigurationProperties("index.search")
public record SearchProperties(
		@DefaultValue("10") @Min(value = 1, message = "default-page-size must be at least 1") int defaultPageSize,
		@DefaultValue("100") @Min(value = 1, message = "max-page-size must be at least 1") int maxPageSize,
		@DefaultValue("10000") @Min(value = 1, message = "max-result-window must be at least 1") int maxResultWindow,
		@DefaultValue("10") @Min(value = 0, message = "facet-size must not be negative")
		@Max(value = 1000, message = "facet-size must be at most 1000") int facetSize,
		@DefaultValue("5") @Min(value = 1, message = "similar-size must be at least 1")
		@Max(value = 50, message = "similar-size must be at most 50") int similarSize) {
}
