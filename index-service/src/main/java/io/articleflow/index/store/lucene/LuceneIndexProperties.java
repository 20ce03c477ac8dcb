package io.articleflow.index.store.lucene;

import java.nio.file.Path;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the embedded Lucene index lives.
 *
 * @param path directory of the index, created when missing; relative paths resolve against the working directory.
 *     One running service per directory: Lucene locks it.
 */
@Validated
@ConfigurationProperties("index.lucene")
public record LuceneIndexProperties(
		@DefaultValue("data/index") @NotNull(message = "index.lucene.path must name the index directory") Path path) {
}
