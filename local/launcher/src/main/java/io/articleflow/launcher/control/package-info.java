/** Requests from {@code ./pipeline restart} and {@code ./pipeline scale} to the running supervisor, as files. */
package io.articleflow.launcher.control;
