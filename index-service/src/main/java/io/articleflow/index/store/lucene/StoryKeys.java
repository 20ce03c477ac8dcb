package io.articleflow.index.store.lucene;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;

import org.apache.lucene.queries.function.ValueSource;
import org.apache.lucene.queries.function.valuesource.LongFieldSource;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.grouping.GroupingSearch;

/**
 * The numeric key of a story cluster and the grouping of results by it. A key is the first 64 bits of the
 * cluster id's SHA-256, stable across processes and versions; two stories share one only by a collision
 * (about 1 in 10^7 among a million stories), which would merely show them as one.
 */
final class StoryKeys {

	private static final ValueSource KEY = new LongFieldSource(ArticleFields.CLUSTER_KEY);

	private StoryKeys() {
	}

	/** The key of a cluster id. */
	static long of(String cluster) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(cluster.getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.wrap(digest).getLong();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JDK has SHA-256", ex);
		}
	}

	/**
	 * One group per story in {@code order}, each with up to {@code docsPerStory} articles, and the count of all
	 * stories that match (the pager's total).
	 */
	static GroupingSearch grouping(Sort order, int docsPerStory) {
		return new GroupingSearch(KEY, new HashMap<>()).setGroupSort(order)
			.setSortWithinGroup(order)
			.setGroupDocsLimit(docsPerStory)
			.setAllGroups(true);
	}

}
