package io.articleflow.common.autoconfigure;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may act on a service over HTTP.
 *
 * @param apiToken the bearer token every request that changes something or starts work must carry
 *     ({@code Authorization: Bearer <token>}): uploads, ad-hoc extraction, any actuator operation that is not a read;
 *     reads ({@code GET}, {@code HEAD}, {@code OPTIONS}: search, status, health, metrics) stay open. None (the
 *     default of the local run, which listens on loopback only): every request is let through
 */
@ConfigurationProperties("articleflow.security")
public record ApiTokenProperties(String apiToken) {

	/** Whether a token is configured. */
	public boolean enabled() {
		return this.apiToken != null && !this.apiToken.isBlank();
	}

}
