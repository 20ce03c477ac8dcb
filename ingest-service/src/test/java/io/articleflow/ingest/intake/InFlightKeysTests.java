package io.articleflow.ingest.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InFlightKeysTests {

	private final InFlightKeys keys = new InFlightKeys();

	@Test
	void letsOnlyOneHolderClaimAFile() {
		assertThat(this.keys.claim("a.txt")).isTrue();
		assertThat(this.keys.claim("a.txt")).isFalse();
		assertThat(this.keys.claim("a.txt", System.nanoTime())).isFalse();

		this.keys.release("a.txt");

		assertThat(this.keys.claim("a.txt")).isTrue();
	}

	@Test
	void refusesAFileToAListingOlderThanItsLastFinish() {
		long listedBefore = System.nanoTime();
		this.keys.claim("a.txt");
		this.keys.release("a.txt");
		long listedAfter = System.nanoTime();

		assertThat(this.keys.claim("a.txt", listedBefore)).isFalse();
		assertThat(this.keys.claim("a.txt", listedAfter)).isTrue();
	}

	@Test
	void forgetsFinishingTimesNoLaterListingNeeds() {
		long listedBefore = System.nanoTime();
		this.keys.claim("a.txt");
		this.keys.release("a.txt");

		this.keys.forgetFinishedBefore(System.nanoTime());

		assertThat(this.keys.claim("a.txt", listedBefore)).isTrue();
	}

}
