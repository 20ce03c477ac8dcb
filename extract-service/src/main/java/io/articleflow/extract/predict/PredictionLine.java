package io.articleflow.extract.predict;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.articleflow.common.event.Entity;
import io.articleflow.common.event.Mention;
import io.articleflow.extract.analysis.Analysis;

/**
 * One document's entities in the evaluation format of {@code shared/eval} (the gold files' format): each entity with
 * its type, canonical name and distinct surface forms.
 *
 * @param doc the document's file name
 * @param entities its entities
 */
public record PredictionLine(String doc, List<PredictedEntity> entities) {

	/**
	 * An entity as the evaluation sees it.
	 *
	 * @param type the entity type name
	 * @param canonical the canonical name
	 * @param mentions distinct surface forms, in order of first occurrence
	 */
	public record PredictedEntity(String type, String canonical, List<String> mentions) {
	}

	public static PredictionLine of(String doc, Analysis analysis) {
		List<PredictedEntity> entities = new ArrayList<>(analysis.entities().size());
		for (Entity entity : analysis.entities()) {
			Set<String> forms = new LinkedHashSet<>();
			for (Mention mention : entity.mentions()) {
				forms.add(mention.text());
			}
			entities.add(new PredictedEntity(entity.type().name(), entity.canonicalName(), List.copyOf(forms)));
		}
		return new PredictionLine(doc, entities);
	}

}
