package io.articleflow.common.autoconfigure;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requires the bearer token of {@link ApiTokenProperties} on every request that is not a read, in every service that
 * serves HTTP. Without a token configured it logs that the service's actions are open, and lets every request through.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(OncePerRequestFilter.class)
@EnableConfigurationProperties(ApiTokenProperties.class)
public class ApiTokenAutoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ApiTokenAutoConfiguration.class);

	@Bean
	FilterRegistrationBean<ApiTokenFilter> apiTokenFilter(ApiTokenProperties properties) {
		if (!properties.enabled()) {
			log.warn("No articleflow.security.api-token: uploads and other actions are open to whoever reaches the "
					+ "HTTP port; set ARTICLEFLOW_SECURITY_APITOKEN wherever the port is reachable from other hosts");
		}
		FilterRegistrationBean<ApiTokenFilter> registration = new FilterRegistrationBean<>(
				new ApiTokenFilter(properties.enabled() ? properties.apiToken() : null));
		registration.setName("apiTokenFilter");
		// before anything reads the request, so a refused upload is never parsed
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
