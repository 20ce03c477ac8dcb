/**
 * The HTTP API the search page uses: {@code GET /api/search}, {@code GET /api/articles/{id}}
 * (and {@code /similar}), {@code GET /api/entities/{id}}, with request
 * validation and JSON errors ({@code {"error": ..., "detail": ...}}); and the
 * page routes ({@code /entities/{id}}, {@code /articles/{id}}) that serve the single-page app.
 */
package io.articleflow.index.api;
