package io.articleflow.index.store;

/**
 * How many matching articles were published in one month.
 *
 * @param month the month, {@code yyyy-MM}
 * @param count number of matching articles dated in that month
 */
public record DateBucket(String month, long count) {
}
