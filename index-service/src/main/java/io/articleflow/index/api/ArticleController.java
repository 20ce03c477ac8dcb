package io.articleflow.index.api;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.articleflow.index.store.ArticleIndex;
import io.articleflow.index.store.ArticleSummary;

/** Serves single articles exactly as they were indexed, and the articles like them. */
@RestController
public class ArticleController {

	private final ArticleIndex index;

	private final SearchProperties properties;

	public ArticleController(ArticleIndex index, SearchProperties properties) {
		this.index = index;
		this.properties = properties;
	}

	/** The {@code ArticleEnriched} event of an article, exactly as it was indexed; 404 when unknown. */
	@GetMapping(path = "/api/articles/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	public ResponseEntity<String> article(@PathVariable String id) {
		String json = this.index.findJson(id).orElseThrow(() -> new ArticleNotFoundException(id));
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json);
	}

	/**
	 * "More like this": the articles sharing most of this one's salient entities, best first, without its own
	 * story; 404 when unknown.
	 */
	@GetMapping(path = "/api/articles/{id}/similar", produces = MediaType.APPLICATION_JSON_VALUE)
	public List<ArticleSummary> similar(@PathVariable String id) {
		if (this.index.findJson(id).isEmpty()) {
			throw new ArticleNotFoundException(id);
		}
		return this.index.similar(id, this.properties.similarSize());
	}

}
