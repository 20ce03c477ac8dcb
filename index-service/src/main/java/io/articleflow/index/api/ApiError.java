package io.articleflow.index.api;

/**
 * The body of every API error response.
 *
 * @param error what went wrong, short, e.g. {@code Invalid parameter 'from'}
 * @param detail why, and what would be accepted
 */
public record ApiError(String error, String detail) {
}
