package io.articleflow.ingest.statusview;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.articleflow.common.event.ArticleStatus;
import io.articleflow.common.event.ArticleStatus.State;

import static org.assertj.core.api.Assertions.assertThat;

class StatusViewTests {

	private static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");

	private static ArticleStatus status(String id, String file, State state, String stage, String code, int second) {
		return new ArticleStatus(id, file, state, stage, code, code == null ? null : "because " + code, null, null,
				null, null, T0.plusSeconds(second));
	}

	@Test
	void answersByDocumentIdAndByFileNameWithTheLatestStatus() {
		StatusView view = new StatusView(10, 4);
		view.apply(status("a1", "in/report.txt", State.INGESTED, "ingest-service", null, 1));
		view.apply(status("a1", "in/report.txt", State.INDEXED, "index-service", null, 3));

		assertThat(view.document("a1")).get().extracting(ArticleStatus::state).isEqualTo(State.INDEXED);
		assertThat(view.file("in/report.txt")).extracting(ArticleStatus::documentId).containsExactly("a1");
		assertThat(view.file("report.txt")).extracting(ArticleStatus::documentId).containsExactly("a1");
		assertThat(view.file("other.txt")).isEmpty();
	}

	@Test
	void aStageReportArrivingAfterTheNextStagesDoesNotSetTheDocumentBack() {
		StatusView view = new StatusView(10, 4);
		view.apply(status("a1", "a.txt", State.INDEXED, "index-service", null, 5));

		boolean applied = view.apply(status("a1", "a.txt", State.EXTRACTED, "extract-service", null, 4));

		assertThat(applied).isFalse();
		assertThat(view.document("a1")).get().extracting(ArticleStatus::state).isEqualTo(State.INDEXED);
	}

	@Test
	void remembersEveryNameTheSameContentWasDroppedUnder() {
		StatusView view = new StatusView(10, 4);
		view.apply(status("a1", "first.txt", State.INGESTED, "ingest-service", null, 1));
		view.apply(status("a1", "second.txt", State.INGESTED, "ingest-service", null, 2));

		assertThat(view.files("a1")).containsExactly("first.txt", "second.txt");
		assertThat(view.file("first.txt")).extracting(ArticleStatus::fileName).containsExactly("second.txt");
	}

	@Test
	void holdsAtMostItsCapacityForgettingTheDocumentUpdatedLongestAgo() {
		StatusView view = new StatusView(2, 4);
		view.apply(status("a1", "a.txt", State.INGESTED, "ingest-service", null, 1));
		view.apply(status("b2", "b.txt", State.INGESTED, "ingest-service", null, 2));
		view.apply(status("a1", "a.txt", State.INDEXED, "index-service", null, 3));

		view.apply(status("c3", "c.txt", State.INGESTED, "ingest-service", null, 4));

		assertThat(view.size()).isEqualTo(2);
		assertThat(view.document("b2")).isEmpty();
		assertThat(view.file("b.txt")).isEmpty();
		assertThat(view.document("a1")).isPresent();
		assertThat(view.document("c3")).isPresent();
	}

	@Test
	void groupsTheDocumentsWhoseLatestStatusIsAFailureByStageAndCode() {
		StatusView view = new StatusView(10, 4);
		view.apply(status(null, "x.png", State.FAILED, "ingest-service", "unsupported-type", 1));
		view.apply(status(null, "y.png", State.FAILED, "ingest-service", "unsupported-type", 2));
		view.apply(status("d1", "d.txt", State.FAILED, "index-service", "InvalidEventException", 3));
		view.apply(status("e1", "e.txt", State.FAILED, "extract-service", "ArticleTooLargeException", 4));
		// failed, then replayed and indexed: no longer a failure
		view.apply(status("e1", "e.txt", State.INDEXED, "index-service", null, 5));

		assertThat(view.failures()).containsExactly(
				new StatusView.FailureGroup("ingest-service", "unsupported-type", 2, "because unsupported-type",
						T0.plusSeconds(2), java.util.List.of("file:x.png", "file:y.png")),
				new StatusView.FailureGroup("index-service", "InvalidEventException", 1,
						"because InvalidEventException", T0.plusSeconds(3), java.util.List.of("d1")));
		assertThat(view.counts()).containsEntry(State.FAILED, 3L).containsEntry(State.INDEXED, 1L);
	}

}
