/** Reading an article's text out of a file's bytes, or saying precisely why it cannot be read. */
package io.articleflow.ingest.text;
