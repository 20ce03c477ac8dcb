package io.articleflow.index.status;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The client of ingest-service's status view behind the search page's document status. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DocumentStatusProperties.class)
public class DocumentStatusConfiguration {

	@Bean
	IngestStatusClient ingestStatusClient(DocumentStatusProperties properties) {
		return new IngestStatusClient(properties.ingestUrl(), properties.timeout());
	}

}
