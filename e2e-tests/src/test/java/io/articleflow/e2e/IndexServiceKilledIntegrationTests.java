package io.articleflow.e2e;

import org.junit.jupiter.api.Test;

import io.articleflow.e2e.FaultPipeline.Service;

/**
 * index-service killed with SIGKILL mid-stream, and a new one started on the same index folder: it reopens the
 * last Lucene commit, the articles consumed after it are delivered again, and each is searchable exactly once.
 */
class IndexServiceKilledIntegrationTests {

	@Test
	void articlesInFlightWhenIndexIsKilledAreSearchableOnceAfterItsRestart() throws Exception {
		MidStreamFaults.killAndRestart(Service.INDEX);
	}

}
