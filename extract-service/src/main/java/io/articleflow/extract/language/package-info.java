/**
 * Language identification of article texts.
 */
package io.articleflow.extract.language;
