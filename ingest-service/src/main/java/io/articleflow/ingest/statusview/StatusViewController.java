package io.articleflow.ingest.statusview;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.articleflow.common.event.ArticleStatus;

/**
 * Where is my file: {@code GET /api/status/documents/{id}}, {@code GET /api/status/files?name=}, the failures by
 * stage and reason ({@code GET /api/status/failures}), and the same as plain text for the pipeline script
 * ({@code GET /api/status/report?q=FILE|ID}, {@code GET /api/status/report/failures}). Reads, open like every read.
 */
@RestController
public class StatusViewController {

	private static final Pattern DOCUMENT_ID = Pattern.compile("[0-9a-f]{32}");

	private final StatusView view;

	private final StatusTopicReader reader;

	public StatusViewController(StatusView view, StatusTopicReader reader) {
		this.view = view;
		this.reader = reader;
	}

	@GetMapping("/api/status/documents/{id}")
	public ResponseEntity<?> document(@PathVariable String id) {
		return this.view.document(id)
			.<ResponseEntity<?>>map(status -> ResponseEntity.ok(new DocumentStatus(status, this.view.files(id))))
			.orElseGet(() -> notFound(id));
	}

	@GetMapping("/api/status/files")
	public ResponseEntity<?> file(@RequestParam String name) {
		List<DocumentStatus> statuses = this.view.file(name)
			.stream()
			.map(status -> new DocumentStatus(status, this.view.files(status.key())))
			.toList();
		return statuses.isEmpty() ? notFound(name) : ResponseEntity.ok(statuses);
	}

	@GetMapping("/api/status/failures")
	public Failures failures() {
		return new Failures(this.view.counts(), this.view.failures(), this.view.size(), this.reader.caughtUp());
	}

	@GetMapping(path = "/api/status/report", produces = MediaType.TEXT_PLAIN_VALUE)
	public ResponseEntity<String> report(@RequestParam String q) {
		List<ArticleStatus> statuses = DOCUMENT_ID.matcher(q).matches()
				? this.view.document(q).map(List::of).orElseGet(List::of) : this.view.file(q);
		if (statuses.isEmpty()) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.contentType(MediaType.TEXT_PLAIN)
				.body(StatusReport.unknown(q, this.view, this.reader.caughtUp()));
		}
		return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(StatusReport.of(q, statuses, this.view));
	}

	@GetMapping(path = "/api/status/report/failures", produces = MediaType.TEXT_PLAIN_VALUE)
	public String failuresReport() {
		return StatusReport.failures(this.view.failures(), this.view.counts());
	}

	private ResponseEntity<?> notFound(String what) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.body(Map.of("error", "not-found", "detail", StatusReport.unknown(what, this.view, this.reader.caughtUp())
				.strip()));
	}

	/**
	 * A document's latest status and the names it was dropped under.
	 *
	 * @param status the latest status
	 * @param files the file names, as far as the view remembers them
	 */
	public record DocumentStatus(ArticleStatus status, List<String> files) {
	}

	/**
	 * The failures of the view.
	 *
	 * @param states how many documents are in each state
	 * @param failures documents whose latest status is a failure, by stage and code, largest group first
	 * @param documents how many documents the view holds
	 * @param caughtUp whether the view has read the status topic up to where it was when the service started
	 */
	public record Failures(Map<ArticleStatus.State, Long> states, List<StatusView.FailureGroup> failures,
			long documents, boolean caughtUp) {
	}

}
