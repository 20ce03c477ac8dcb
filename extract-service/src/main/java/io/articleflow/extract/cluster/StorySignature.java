package io.articleflow.extract.cluster;

import java.util.Arrays;

/**
 * MinHash sketches of one article: of its entities (what the story is about; robust to a different translation of the
 * same text) and of its word shingles (how it is written; robust to a re-edited copy). The fraction of equal positions
 * of two sketches estimates the Jaccard similarity of the underlying sets.
 *
 * @param entities MinHash of the article's entity ids
 * @param shingles MinHash of its content-word shingles
 * @param entityCount how many distinct entities the article has
 */
public record StorySignature(long[] entities, long[] shingles, int entityCount) {

	public StorySignature {
		entities = entities.clone();
		shingles = shingles.clone();
	}

	@Override
	public long[] entities() {
		return entities.clone();
	}

	@Override
	public long[] shingles() {
		return shingles.clone();
	}

	/** Estimated Jaccard similarity of the entity sets. */
	public double entitySimilarity(StorySignature other) {
		return similarity(entities, other.entities);
	}

	/** Estimated Jaccard similarity of the shingle sets. */
	public double shingleSimilarity(StorySignature other) {
		return similarity(shingles, other.shingles);
	}

	/** LSH band keys: two signatures sharing one are candidates for the same story. */
	long[] bandKeys(int rowsPerBand) {
		int entityBands = entities.length / rowsPerBand;
		int shingleBands = shingles.length / rowsPerBand;
		long[] keys = new long[entityBands + shingleBands];
		for (int b = 0; b < entityBands; b++) {
			keys[b] = bandKey(entities, b, rowsPerBand, 0x5EED_E17L);
		}
		for (int b = 0; b < shingleBands; b++) {
			keys[entityBands + b] = bandKey(shingles, b, rowsPerBand, 0x5EED_5A1L);
		}
		return keys;
	}

	private static long bandKey(long[] sketch, int band, int rows, long salt) {
		long h = salt * 31 + band;
		for (int r = band * rows; r < (band + 1) * rows; r++) {
			h = MinHasher.mix(h ^ sketch[r]);
		}
		return h;
	}

	private static double similarity(long[] a, long[] b) {
		int n = Math.min(a.length, b.length);
		if (n == 0) {
			return 0;
		}
		int equal = 0;
		for (int i = 0; i < n; i++) {
			if (a[i] == b[i] && a[i] != Long.MAX_VALUE) {
				equal++;
			}
		}
		return (double) equal / n;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof StorySignature s && Arrays.equals(entities, s.entities) && Arrays.equals(shingles, s.shingles)
				&& entityCount == s.entityCount;
	}

	@Override
	public int hashCode() {
		return 31 * Arrays.hashCode(entities) + Arrays.hashCode(shingles) + entityCount;
	}

	@Override
	public String toString() {
		return "StorySignature[entityCount=" + entityCount + "]";
	}

}
