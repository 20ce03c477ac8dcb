package io.articleflow.bench;

import java.util.Collection;
import java.util.Locale;

/**
 * Exact percentiles (nearest rank) of a set of latencies.
 *
 * @param count how many latencies
 * @param p50 median, in milliseconds
 * @param p95 95th percentile, in milliseconds
 * @param p99 99th percentile, in milliseconds
 * @param max the largest, in milliseconds
 */
record Latencies(int count, long p50, long p95, long p99, long max) {

	static Latencies of(Collection<Long> millis) {
		long[] sorted = millis.stream().mapToLong(Long::longValue).sorted().toArray();
		if (sorted.length == 0) {
			return new Latencies(0, 0, 0, 0, 0);
		}
		return new Latencies(sorted.length, rank(sorted, 50), rank(sorted, 95), rank(sorted, 99),
				sorted[sorted.length - 1]);
	}

	/** The smallest value at least {@code percent} % of the values are less than or equal to. */
	private static long rank(long[] sorted, int percent) {
		int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
	}

	@Override
	public String toString() {
		return String.format(Locale.ROOT, "p50 %,d ms, p95 %,d ms, p99 %,d ms, max %,d ms", this.p50, this.p95,
				this.p99, this.max);
	}

}
