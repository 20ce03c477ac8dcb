package io.articleflow.extract.entity;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.articleflow.common.event.EntityType;
import io.articleflow.extract.text.ArticleText;

/** The entities of one type an extractor finds in a text, each as {@code canonical [distinct mentions]}. */
final class EntityRendering {

	private EntityRendering() {
	}

	static List<String> of(EntityExtractor extractor, EntityType type, String text, int publishedYear) {
		return extractor.extract(ArticleText.of(text), publishedYear)
			.stream()
			.filter(e -> e.type() == type)
			.map(e -> {
				Set<String> forms = new LinkedHashSet<>();
				e.mentions().forEach(m -> forms.add(m.text()));
				return e.canonicalName() + " " + forms;
			})
			.toList();
	}

}
