package io.articleflow.index.store.lucene;

import java.io.IOException;
import java.util.Collection;

import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.store.Directory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Syncs a merged segment's files to disk on the merge thread, as soon as the merge has written them and before the
 * writer takes the segment in. A commit fsyncs the files of its segments: without this, the first commit after a
 * large merge writes the merged segment out (hundreds of MB in an index of some 50,000 articles) on the consumer's
 * thread, and every article behind it waits ({@code ./pipeline bench}: index-service stalled for about a second
 * at the start of the latency run, p99 749 ms). Best effort: what it could not sync, the commit still syncs.
 */
final class MergedSegmentSync implements IndexWriter.IndexReaderWarmer {

	private static final Logger log = LoggerFactory.getLogger(MergedSegmentSync.class);

	private final Directory directory;

	/** @param directory the writer's directory */
	MergedSegmentSync(Directory directory) {
		this.directory = directory;
	}

	@Override
	public void warm(LeafReader reader) {
		if (!(FilterLeafReader.unwrap(reader) instanceof SegmentReader segment)) {
			return;
		}
		long start = System.nanoTime();
		try {
			Collection<String> files = segment.getSegmentInfo().files();
			this.directory.sync(files);
			log.debug("Synced merged segment {} ({} files, {} docs) in {} ms", segment.getSegmentName(), files.size(),
					segment.maxDoc(), (System.nanoTime() - start) / 1_000_000);
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Could not sync merged segment {} ahead of the next commit, which syncs it instead: {}",
					segment.getSegmentName(), ex.toString());
		}
	}

}
