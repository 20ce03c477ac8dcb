package io.articleflow.e2e;

import org.junit.jupiter.api.Test;

import io.articleflow.e2e.FaultPipeline.Service;

/**
 * ingest-service killed with SIGKILL mid-stream, and a new one started on the same bucket: the files still in the
 * bucket are picked up, a file published but not yet moved is published again under the same document id, and
 * each article is searchable exactly once.
 */
class IngestServiceKilledIntegrationTests {

	@Test
	void filesLeftInTheBucketWhenIngestIsKilledAreSearchableOnceAfterItsRestart() throws Exception {
		MidStreamFaults.killAndRestart(Service.INGEST);
	}

}
