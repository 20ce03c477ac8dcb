/**
 * Dates as news pages write them: month names and publication date lines.
 */
package io.articleflow.extract.date;
