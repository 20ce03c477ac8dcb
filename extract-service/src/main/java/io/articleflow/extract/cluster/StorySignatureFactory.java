package io.articleflow.extract.cluster;

import java.util.List;
import java.util.Set;

import io.articleflow.common.event.Entity;
import io.articleflow.extract.text.ArticleText;

/**
 * Computes an article's {@link StorySignature}: MinHash of its entity ids and one-permutation MinHash of its 3-word
 * shingles of content words (folded words of four letters or more, so function words drop out). Thread-safe.
 */
public final class StorySignatureFactory {

	/** Hash functions per sketch. */
	static final int SKETCH_SIZE = 64;

	private static final int SHINGLE_WORDS = 3;

	private static final Set<String> STOP = Set.of("that", "this", "with", "from", "have", "been", "also", "which", "their",
			"they", "will", "were", "into", "such", "more", "other", "than", "well", "some", "both", "each", "only");

	private final MinHasher entityHasher = new MinHasher(SKETCH_SIZE, 17);

	private final MinHasher shingleHasher = new MinHasher(SKETCH_SIZE, 29);

	static {
		if (Integer.bitCount(SKETCH_SIZE) != 1) {
			throw new IllegalStateException("the sketch size must be a power of two");
		}
	}

	public StorySignature signature(ArticleText article, List<Entity> entities) {
		long[] entitySketch = entityHasher.newSketch();
		for (Entity entity : entities) {
			entityHasher.add(entitySketch, MinHasher.hash(entity.id()));
		}
		long[] shingleSketch = shingleHasher.newSketch();
		// thousands of shingles: one-permutation MinHash hashes each once
		long[] window = new long[SHINGLE_WORDS];
		int filled = 0;
		for (int t = 0; t < article.size(); t++) {
			if (article.kind(t) != ArticleText.WORD || article.end(t) - article.start(t) < 4) {
				continue;
			}
			String word = article.foldedToken(t);
			if (STOP.contains(word)) {
				continue;
			}
			System.arraycopy(window, 1, window, 0, SHINGLE_WORDS - 1);
			window[SHINGLE_WORDS - 1] = MinHasher.hash(word);
			if (++filled >= SHINGLE_WORDS) {
				long shingle = 0;
				for (long w : window) {
					shingle = MinHasher.mix(shingle * 31 + w);
				}
				MinHasher.addToBin(shingleSketch, shingle);
			}
		}
		MinHasher.densify(shingleSketch);
		return new StorySignature(entitySketch, shingleSketch, entities.size());
	}

}
