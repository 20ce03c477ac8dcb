package io.articleflow.extract.api;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@link ExtractApiProperties} for the ad-hoc extraction endpoint. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ExtractApiProperties.class)
public class ExtractApiConfiguration {

}
