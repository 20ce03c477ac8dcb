package io.articleflow.extract.enrich;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import io.articleflow.common.event.ArticleEnriched;
import io.articleflow.common.event.Entity;
import io.articleflow.common.event.EntityType;
import io.articleflow.common.messaging.InvalidEventException;

/**
 * The extract stage's meters: {@code articleflow.extract.articles} by outcome (and reason when failed), the
 * analysis timer and {@code articleflow.extract.entities} by type.
 */
public class ExtractMetrics {

	private final MeterRegistry meters;

	private final Counter enriched;

	private final Timer analysis;

	private final Map<EntityType, Counter> entities = new EnumMap<>(EntityType.class);

	public ExtractMetrics(MeterRegistry meters) {
		this.meters = meters;
		this.enriched = articles("enriched", "none");
		this.analysis = Timer.builder("articleflow.extract.analysis")
			.description("Time to analyse one article (cleaning, metadata, entities, cluster)")
			.register(meters);
		for (EntityType type : EntityType.values()) {
			this.entities.put(type, Counter.builder("articleflow.extract.entities")
				.description("Entities extracted")
				.tag("type", type.name())
				.register(meters));
		}
		articles("failed", "invalid-event");
		articles("failed", "too-large");
	}

	/** Counts an enriched article, its analysis time and its entities. */
	public void enriched(ArticleEnriched article, Duration analysisTime) {
		this.enriched.increment();
		this.analysis.record(analysisTime);
		for (Entity entity : article.entities()) {
			this.entities.get(entity.type()).increment();
		}
	}

	/** Counts one failed attempt at an article; the reason is a short stable code. */
	public void failed(RuntimeException ex) {
		String reason = (ex instanceof ArticleTooLargeException) ? "too-large"
				: (ex instanceof InvalidEventException) ? "invalid-event" : "error";
		articles("failed", reason).increment();
	}

	private Counter articles(String outcome, String reason) {
		return Counter.builder("articleflow.extract.articles")
			.description("Articles extract-service enriched or failed to enrich (each failed attempt counts)")
			.tag("outcome", outcome)
			.tag("reason", reason)
			.register(this.meters);
	}

}
