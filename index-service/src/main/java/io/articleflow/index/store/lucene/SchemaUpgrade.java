package io.articleflow.index.store.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;
import tools.jackson.databind.json.JsonMapper;

import io.articleflow.common.event.ArticleEnriched;
import io.articleflow.index.store.IndexableArticle;

/**
 * Brings an index written by an older version of the document schema up to date from the events it stores: every
 * document keeps its event JSON, so rebuilding needs no replay of the topic. The schema version lives in the
 * commit's user data.
 */
final class SchemaUpgrade {

	/** The commit user-data key of the schema version. */
	static final String KEY = "articleflow.schema";

	/**
	 * 2: body, cluster, byline and publication fields; entity refs by salience. 3: the event's version. 4: the
	 * numeric story key that results collapse by.
	 */
	static final String CURRENT = "4";

	/** Articles rebuilt per write, bounding what the upgrade holds in memory. */
	private static final int BATCH = 500;

	private SchemaUpgrade() {
	}

	/** The schema version of the last commit, or {@code null} when it has none (version 1 or an empty index). */
	static String version(IndexWriter writer) {
		Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
		if (data != null) {
			for (Map.Entry<String, String> entry : data) {
				if (KEY.equals(entry.getKey())) {
					return entry.getValue();
				}
			}
		}
		return null;
	}

	/** Records the current version; durable with the next commit. */
	static void markCurrent(IndexWriter writer) {
		writer.setLiveCommitData(Map.of(KEY, CURRENT).entrySet());
	}

	/**
	 * Re-upserts every document from its stored event, in batches.
	 * @return how many articles were rebuilt
	 */
	static int rebuild(IndexWriter writer, JsonMapper json, Consumer<List<IndexableArticle>> upsert)
			throws IOException {
		int rebuilt = 0;
		try (DirectoryReader reader = DirectoryReader.open(writer)) {
			List<IndexableArticle> batch = new ArrayList<>(BATCH);
			for (LeafReaderContext leaf : reader.leaves()) {
				Bits live = leaf.reader().getLiveDocs();
				StoredFields stored = leaf.reader().storedFields();
				for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
					if (live != null && !live.get(doc)) {
						continue;
					}
					String event = stored.document(doc, Set.of(ArticleFields.EVENT)).get(ArticleFields.EVENT);
					batch.add(new IndexableArticle(json.readValue(event, ArticleEnriched.class), event));
					if (batch.size() == BATCH) {
						upsert.accept(batch);
						rebuilt += batch.size();
						batch = new ArrayList<>(BATCH);
					}
				}
			}
			upsert.accept(batch);
			rebuilt += batch.size();
		}
		return rebuilt;
	}

}
