package io.articleflow.index.store.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MergedSegmentSyncTests {

	@Test
	void syncsTheMergedSegmentsFilesBeforeAnyCommit() throws IOException {
		List<String> synced = new ArrayList<>();
		Directory directory = new FilterDirectory(new ByteBuffersDirectory()) {
			@Override
			public void sync(Collection<String> names) throws IOException {
				synced.addAll(names);
				super.sync(names);
			}
		};
		IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer())
			.setMergedSegmentWarmer(new MergedSegmentSync(directory));
		try (IndexWriter writer = new IndexWriter(directory, config)) {
			for (int segment = 0; segment < 3; segment++) {
				Document document = new Document();
				document.add(new TextField("text", "article " + segment, Field.Store.YES));
				writer.addDocument(document);
				writer.flush();
			}
			// a near-real-time reader pools the writer's readers, which is when Lucene warms merged segments
			DirectoryReader.open(writer).close();
			synced.clear();

			writer.forceMerge(1);

			try (DirectoryReader reader = DirectoryReader.open(writer)) {
				assertThat(reader.leaves()).hasSize(1);
				SegmentReader merged = (SegmentReader) reader.leaves().get(0).reader();
				assertThat(synced).isNotEmpty().containsExactlyInAnyOrderElementsOf(merged.getSegmentInfo().files());
			}
		}
	}

}
