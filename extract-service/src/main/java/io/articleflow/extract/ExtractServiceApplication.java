package io.articleflow.extract;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** extract-service: turns raw articles into enriched articles with metadata, entities and story clusters. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ExtractServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(ExtractServiceApplication.class, args);
	}

}
