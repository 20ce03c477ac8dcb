package io.articleflow.common.autoconfigure;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

import io.articleflow.common.limits.ArticleLimits;

/** Binds the pipeline's {@link ArticleLimits} ({@code articleflow.limits.*}) in every service. */
@AutoConfiguration
@EnableConfigurationProperties(ArticleLimits.class)
public class ArticleLimitsAutoConfiguration {

}
