package io.articleflow.index.store;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import io.articleflow.common.event.ArticleEnriched;
import io.articleflow.common.event.ArticleMetadata;
import io.articleflow.common.event.Byline;
import io.articleflow.common.event.Entity;
import io.articleflow.common.event.EntityType;
import io.articleflow.common.event.Mention;

/** What every backend derives alike from an article: keys, title, story, byline, salience and version. */
public final class ArticleFacts {

	private ArticleFacts() {
	}

	/** The exact-match key of an entity id or canonical name: trimmed, lower case. */
	public static String key(String idOrName) {
		return idOrName.strip().toLowerCase(Locale.ROOT);
	}

	/** The exact-match key of an entity of one type. */
	public static String typedKey(EntityType type, String idOrName) {
		return type.name() + "/" + key(idOrName);
	}

	/** The headline; without one the first sentence of the text, never the file name. */
	public static String title(ArticleEnriched article) {
		String title = (article.metadata() != null) ? article.metadata().title() : null;
		if (title == null || title.isBlank()) {
			title = FrontMatter.firstSentence(article.text());
		}
		return title.isBlank() ? article.documentId() : title;
	}

	/** The story cluster id; {@code doc:} + the document id for an article without one. */
	public static String cluster(ArticleEnriched article) {
		return (article.clusterId() == null || article.clusterId().isBlank()) ? "doc:" + article.documentId()
				: article.clusterId();
	}

	/** The text after its title, byline and date lines: what snippets are cut from. */
	public static String body(ArticleEnriched article) {
		return article.text().substring(FrontMatter.bodyStart(article.text(), article.metadata()));
	}

	/** The byline as a result list shows it (rank, name, role), or {@code null}. */
	public static String byline(ArticleMetadata metadata) {
		Byline author = (metadata != null) ? metadata.author() : null;
		if (author == null || author.name() == null || author.name().isBlank()) {
			return null;
		}
		String name = (author.rank() != null) ? author.rank() + " " + author.name() : author.name();
		return (author.role() != null) ? name + ", " + author.role() : name;
	}

	/** The publishing outlet, or {@code null}. */
	public static String publication(ArticleMetadata metadata) {
		return (metadata == null || metadata.publication() == null || metadata.publication().isBlank()) ? null
				: metadata.publication();
	}

	/** Most mentions first, then the earliest first mention: the entities a reader notices first. */
	public static List<Entity> bySalience(List<Entity> entities) {
		return entities.stream()
			.sorted(Comparator.comparingInt((Entity entity) -> entity.mentions().size())
				.reversed()
				.thenComparingInt(ArticleFacts::firstMention))
			.toList();
	}

	/**
	 * The version of an article's event, for out-of-order protection: when extraction finished, in epoch
	 * milliseconds (ingest time, then 0, for events without it). A write of a lower version than the indexed one is
	 * ignored; an equal one (a re-delivery) replaces it.
	 */
	public static long version(ArticleEnriched article) {
		Instant at = (article.enrichedAt() != null) ? article.enrichedAt() : article.ingestedAt();
		return (at != null) ? Math.max(0, at.toEpochMilli()) : 0;
	}

	private static int firstMention(Entity entity) {
		return entity.mentions().stream().mapToInt(Mention::start).min().orElse(Integer.MAX_VALUE);
	}

}
