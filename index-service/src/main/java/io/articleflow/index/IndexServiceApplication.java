package io.articleflow.index;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * index-service: consumes enriched articles from {@code article-enriched}, keeps them in an embedded search index
 * and serves full-text and entity search over REST and a web page.
 */
@SpringBootApplication
public class IndexServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(IndexServiceApplication.class, args);
	}

}
