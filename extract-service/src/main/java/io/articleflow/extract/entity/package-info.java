/**
 * Entity recognition: knowledge-base matches and general rules propose mentions, overlaps are settled longest first,
 * acronyms and short person references are resolved, and mentions are grouped into entities.
 */
package io.articleflow.extract.entity;
