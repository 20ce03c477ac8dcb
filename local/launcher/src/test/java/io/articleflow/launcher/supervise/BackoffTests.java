package io.articleflow.launcher.supervise;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTests {

	@Test
	void doublesThePauseWithEveryCrashInARowUpToTheCeiling() {
		Backoff backoff = Backoff.DEFAULT;

		assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(1));
		assertThat(backoff.after(2)).isEqualTo(Duration.ofSeconds(2));
		assertThat(backoff.after(3)).isEqualTo(Duration.ofSeconds(4));
		assertThat(backoff.after(5)).isEqualTo(Duration.ofSeconds(16));
		assertThat(backoff.after(6)).isEqualTo(Duration.ofSeconds(30));
		assertThat(backoff.after(1000)).isEqualTo(Duration.ofSeconds(30));
	}

}
