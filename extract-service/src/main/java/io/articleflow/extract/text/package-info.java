/**
 * Article text: cleaning of page furniture, character folding for matching, and the light tokenisation the
 * recognisers share.
 */
package io.articleflow.extract.text;
