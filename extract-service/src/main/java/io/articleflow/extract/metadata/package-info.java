/**
 * Article metadata: title, publication date, byline, publication, translator, language.
 */
package io.articleflow.extract.metadata;
