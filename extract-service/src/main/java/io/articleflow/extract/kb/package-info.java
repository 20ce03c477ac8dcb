/**
 * The knowledge base of widely known entities (built-in TSV resources plus an optional operator file) and the
 * Aho-Corasick matcher that finds their names in a text.
 */
package io.articleflow.extract.kb;
