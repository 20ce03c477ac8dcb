package io.articleflow.ingest.intake;

/**
 * Where every outcome goes, whether the file came from the bucket or an upload: the metrics and the journal. (Not
 * a {@code java.util.function.Consumer}: Spring Cloud Stream would bind a consumer bean to a topic.)
 */
@FunctionalInterface
public interface IngestOutcomes {

	/** Records what became of a file. */
	void record(IngestOutcome outcome);

}
