package io.articleflow.index.api;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.articleflow.index.store.ArticleIndex;
import io.articleflow.index.store.IndexStats;

/** {@code GET /api/stats}: how many articles and distinct entities per type are searchable. */
@RestController
public class StatsController {

	private final ArticleIndex index;

	public StatsController(ArticleIndex index) {
		this.index = index;
	}

	@GetMapping(path = "/api/stats", produces = MediaType.APPLICATION_JSON_VALUE)
	public IndexStats stats() {
		return this.index.stats();
	}

}
