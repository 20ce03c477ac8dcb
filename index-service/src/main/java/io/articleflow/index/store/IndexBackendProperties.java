package io.articleflow.index.store;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Which engine holds the articles.
 *
 * @param backend {@code lucene} (default): an embedded index in a local directory, each instance its own full copy;
 *     {@code opensearch}: an OpenSearch cluster that every instance of the consumer group shares
 */
@Validated
@ConfigurationProperties("articleflow.index")
public record IndexBackendProperties(
		@DefaultValue("lucene") @NotNull(message = "articleflow.index.backend must be lucene or opensearch") Backend backend) {

	/** The engines an {@link ArticleIndex} can run on. */
	public enum Backend {

		/** Embedded Apache Lucene. */
		LUCENE,

		/** An OpenSearch cluster. */
		OPENSEARCH

	}

}
