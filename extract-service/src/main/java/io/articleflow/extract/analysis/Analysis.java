package io.articleflow.extract.analysis;

import java.util.List;

import io.articleflow.common.event.ArticleMetadata;
import io.articleflow.common.event.Entity;

/**
 * The result of analysing one article.
 *
 * @param cleanedText the text without page furniture; every mention offset refers to it
 * @param metadata title, date, byline, publication, translator, language
 * @param entities distinct entities, each with its mentions in text order
 * @param clusterId shared by articles that tell the same story
 */
public record Analysis(String cleanedText, ArticleMetadata metadata, List<Entity> entities, String clusterId) {
}
