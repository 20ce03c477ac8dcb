/**
 * The HTTP API of extract-service: ad-hoc analysis of one article ({@code POST /api/extract}).
 */
package io.articleflow.extract.api;
