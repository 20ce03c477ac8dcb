package io.articleflow.ingest.status;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.articleflow.ingest.intake.IngestProgress;

/** {@code GET /api/ingest/status}: totals since start and the recent outcomes per file. */
@RestController
public class IngestStatusController {

	private final IngestProgress progress;

	private final IngestJournal journal;

	public IngestStatusController(IngestProgress progress, IngestJournal journal) {
		this.progress = progress;
		this.journal = journal;
	}

	@GetMapping("/api/ingest/status")
	public IngestStatus status() {
		return new IngestStatus(this.progress.published(), this.progress.failed(), this.progress.deferred(),
				this.journal.recent(), this.progress.seen(), this.progress.pending());
	}

	/**
	 * Totals since the service started, and the recent outcomes.
	 *
	 * @param published files whose event Kafka acknowledged
	 * @param failed files moved to failed/
	 * @param deferred attempts left for a retry (broker unavailable, file not readable yet)
	 * @param recent the latest outcomes per file, oldest first
	 * @param seen files found complete in the bucket or uploaded
	 * @param pending files waiting in the bucket at the last scan
	 */
	public record IngestStatus(long published, long failed, long deferred, List<IngestJournal.Entry> recent,
			long seen, int pending) {
	}

}
