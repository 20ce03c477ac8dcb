package io.articleflow.ingest.intake;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IngestProgressTests {

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final IngestProgress progress = new IngestProgress(this.registry);

	@Test
	void countsEachFileSeenOnceUntilItIsFinished() {
		this.progress.seen("a.txt");
		this.progress.seen("a.txt");
		this.progress.record(new IngestOutcome("a.txt", IngestOutcome.Status.DEFERRED, null, "broker down",
				IngestOutcome.BROKER_UNAVAILABLE));
		this.progress.seen("a.txt");
		this.progress.record(IngestOutcome.published("a.txt", "0123"));
		this.progress.seen("a.txt");

		assertThat(this.progress.seen()).isEqualTo(2);
		assertThat(this.registry.get("articleflow.ingest.files.seen").counter().count()).isEqualTo(2);
	}

	@Test
	void countsOutcomesByOutcomeAndReason() {
		this.progress.record(IngestOutcome.published("a.txt", "0123"));
		this.progress.record(new IngestOutcome("b.png", IngestOutcome.Status.FAILED, null, "unsupported type image/png",
				"unsupported-type"));
		this.progress.record(new IngestOutcome("c.png", IngestOutcome.Status.FAILED, null, "unsupported type image/png",
				"unsupported-type"));
		this.progress.record(new IngestOutcome("d.txt", IngestOutcome.Status.DEFERRED, null, "Kafka down",
				"broker-unavailable"));

		assertThat(count("published", "none")).isEqualTo(1);
		assertThat(count("failed", "unsupported-type")).isEqualTo(2);
		assertThat(count("deferred", "broker-unavailable")).isEqualTo(1);
		assertThat(this.progress.published()).isEqualTo(1);
		assertThat(this.progress.failed()).isEqualTo(2);
		assertThat(this.progress.deferred()).isEqualTo(1);
	}

	@Test
	void showsTheFilesWaitingAtTheLastScan() {
		this.progress.pending(1234);

		assertThat(this.registry.get("articleflow.ingest.files.pending").gauge().value()).isEqualTo(1234);
	}

	@Test
	void registersThePublishedCounterBeforeAnyFileArrives() {
		assertThat(count("published", "none")).isZero();
	}

	private double count(String outcome, String reason) {
		return this.registry.get("articleflow.ingest.files").tags("outcome", outcome, "reason", reason).counter().count();
	}

}
