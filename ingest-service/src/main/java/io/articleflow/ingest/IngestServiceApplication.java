package io.articleflow.ingest;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** ingest-service: watches the ingest bucket, reads each article's text and publishes it to Kafka. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IngestServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(IngestServiceApplication.class, args);
	}

}
