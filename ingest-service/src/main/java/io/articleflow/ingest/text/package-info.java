/**
 * Reading an article's text out of a file with Apache Tika, or saying precisely why it cannot be read: format
 * detection by content, article extraction from HTML, Markdown to text, a bounded parse pool with a timeout, zip
 * bomb and nesting protections, and a quality gate that refuses garbled or wrongly decoded text.
 */
package io.articleflow.ingest.text;
