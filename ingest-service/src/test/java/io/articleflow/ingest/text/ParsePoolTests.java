package io.articleflow.ingest.text;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

class ParsePoolTests {

	@Test
	void returnsWhatTheParseReturns() throws Exception {
		try (ParsePool pool = new ParsePool(1, Duration.ofSeconds(5))) {
			String result = pool.run(cancellation -> "ASEAN");

			assertThat(result).isEqualTo("ASEAN");
		}
	}

	@Test
	void reportsWhatTheParseThrew() {
		try (ParsePool pool = new ParsePool(1, Duration.ofSeconds(5))) {
			assertThatExceptionOfType(ExecutionException.class).isThrownBy(() -> pool.run(cancellation -> {
				throw new IllegalStateException("damaged");
			})).withCauseInstanceOf(IllegalStateException.class);
		}
	}

	@Test
	void cancelsATimedOutParseAndFreesItsWorkerAtOnce() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		AtomicBoolean sawCancellation = new AtomicBoolean();
		try (ParsePool pool = new ParsePool(1, Duration.ofMillis(200))) {
			assertThatExceptionOfType(TimeoutException.class).isThrownBy(() -> pool.run(cancellation -> {
				// a parser that ignores interrupts and only notices the flag late
				while (!cancellation.isCancelled()) {
					Thread.onSpinWait();
				}
				sawCancellation.set(true);
				while (release.getCount() > 0) {
					// ignores the interrupt too: only the test lets it end
					Thread.onSpinWait();
				}
				return null;
			}));

			assertThat(pool.abandoned()).isEqualTo(1);
			String next = pool.run(cancellation -> "next file");
			assertThat(next).isEqualTo("next file");
			release.countDown();
			await().atMost(Duration.ofSeconds(5)).until(() -> pool.abandoned() == 0);
			assertThat(sawCancellation).isTrue();
		}
	}

	@Test
	void interruptsATimedOutParseThatWaits() throws Exception {
		AtomicBoolean interrupted = new AtomicBoolean();
		try (ParsePool pool = new ParsePool(1, Duration.ofMillis(200))) {
			assertThatExceptionOfType(TimeoutException.class).isThrownBy(() -> pool.run(cancellation -> {
				try {
					new CountDownLatch(1).await();
				}
				catch (InterruptedException ex) {
					interrupted.set(true);
				}
				return null;
			}));

			await().atMost(Duration.ofSeconds(5)).untilTrue(interrupted);
			await().atMost(Duration.ofSeconds(5)).until(() -> pool.abandoned() == 0);
		}
	}

}
