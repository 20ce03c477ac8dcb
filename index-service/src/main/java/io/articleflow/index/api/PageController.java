package io.articleflow.index.api;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Serves the search page for its own routes, so that an entity or article link can be opened, shared and reloaded;
 * the page reads the path and the query string and renders the view.
 */
@Controller
public class PageController {

	@GetMapping({ "/entities/{id}", "/articles/{id}" })
	public String page() {
		return "forward:/index.html";
	}

}
