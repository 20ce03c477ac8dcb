package io.articleflow.index.api;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.articleflow.index.store.ArticleIndex;

/** Serves single articles exactly as they were indexed. */
@RestController
public class ArticleController {

	private final ArticleIndex index;

	public ArticleController(ArticleIndex index) {
		this.index = index;
	}

	/** The {@code ArticleEnriched} event of an article, exactly as it was indexed; 404 when unknown. */
	@GetMapping(path = "/api/articles/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	public ResponseEntity<String> article(@PathVariable String id) {
		String json = this.index.findJson(id).orElseThrow(() -> new ArticleNotFoundException(id));
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json);
	}

}
