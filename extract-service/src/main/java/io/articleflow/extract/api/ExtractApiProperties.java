package io.articleflow.extract.api;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the ad-hoc extraction endpoint {@code POST /api/extract}.
 *
 * @param maxRequestSize the largest request body accepted; a larger one is answered with 413
 */
@Validated
@ConfigurationProperties("extract.api")
public record ExtractApiProperties(
		@DefaultValue("1MB") @NotNull(message = "max-request-size must be set") DataSize maxRequestSize) {

	public ExtractApiProperties {
		if (maxRequestSize != null && maxRequestSize.toBytes() <= 0) {
			throw new IllegalArgumentException("extract.api.max-request-size must be positive, was " + maxRequestSize);
		}
	}

}
