package io.articleflow.extract.cluster;

import java.util.Arrays;

/**
 * MinHash over 64-bit feature hashes: {@code k} hash functions derived from one strong mixer with different seeds.
 */
final class MinHasher {

	private final long[] seeds;

	MinHasher(int k, long seed) {
		seeds = new long[k];
		long s = seed;
		for (int i = 0; i < k; i++) {
			s = mix(s + 0x9E3779B97F4A7C15L);
			seeds[i] = s;
		}
	}

	/** An empty sketch, to be fed with {@link #add}. */
	long[] newSketch() {
		long[] sketch = new long[seeds.length];
		Arrays.fill(sketch, Long.MAX_VALUE);
		return sketch;
	}

	/** Takes one feature into the sketch. */
	void add(long[] sketch, long feature) {
		for (int i = 0; i < seeds.length; i++) {
			long h = mix(feature ^ seeds[i]);
			if (h < sketch[i]) {
				sketch[i] = h;
			}
		}
	}

	/**
	 * One-permutation MinHash, for large feature sets: each feature is hashed once, its top bits choose one of the
	 * sketch's bins and the rest compete for that bin's minimum. Costs one hash per feature instead of one per bin;
	 * call {@link #densify} when done. The sketch size must be a power of two.
	 */
	static void addToBin(long[] sketch, long feature) {
		int bits = Integer.numberOfTrailingZeros(sketch.length);
		long h = mix(feature ^ 0x2545F4914F6CDD1DL);
		int bin = (int) (h >>> (64 - bits));
		long value = h & (-1L >>> bits);
		if (value < sketch[bin]) {
			sketch[bin] = value;
		}
	}

	/**
	 * Fills the bins no feature fell into from the next filled bin to the right (rotation densification), marked with
	 * the distance, so that sketches of small sets stay comparable.
	 */
	static void densify(long[] sketch) {
		int k = sketch.length;
		long[] original = sketch.clone();
		for (int i = 0; i < k; i++) {
			if (original[i] != Long.MAX_VALUE) {
				continue;
			}
			for (int d = 1; d < k; d++) {
				long v = original[(i + d) % k];
				if (v != Long.MAX_VALUE) {
					sketch[i] = mix(v + d);
					break;
				}
			}
		}
	}

	/** The SplitMix64 finaliser: a fast, well-distributed 64-bit mix. */
	static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	/** A 64-bit hash of a string (FNV-1a, mixed). */
	static long hash(CharSequence s) {
		long h = 0xCBF29CE484222325L;
		for (int i = 0; i < s.length(); i++) {
			h ^= s.charAt(i);
			h *= 0x100000001B3L;
		}
		return mix(h);
	}

}
