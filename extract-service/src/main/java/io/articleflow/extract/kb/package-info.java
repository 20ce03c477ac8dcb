/**
 * The knowledge base of widely known entities (built-in TSV resources, an optional operator file, and generated
 * gazetteers of countries and cities below both), the Aho-Corasick matcher that finds their names in a text, and the
 * gazetteer's English given names for the person rules.
 */
package io.articleflow.extract.kb;
