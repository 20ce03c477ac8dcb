package io.articleflow.e2e;

import org.junit.jupiter.api.Test;

import io.articleflow.e2e.FaultPipeline.Service;

/**
 * extract-service killed with SIGKILL mid-stream, and a new one started: the articles it had read but not
 * committed are analysed again, and each is searchable exactly once.
 */
class ExtractServiceKilledIntegrationTests {

	@Test
	void articlesInFlightWhenExtractIsKilledAreSearchableOnceAfterItsRestart() throws Exception {
		MidStreamFaults.killAndRestart(Service.EXTRACT);
	}

}
