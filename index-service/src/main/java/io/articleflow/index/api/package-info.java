/**
 * The HTTP API the search page uses: {@code GET /api/search} and {@code GET /api/articles/{id}}, with request
 * validation and JSON errors ({@code {"error": ..., "detail": ...}}).
 */
package io.articleflow.index.api;
