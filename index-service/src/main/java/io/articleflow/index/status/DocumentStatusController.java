package io.articleflow.index.status;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.articleflow.index.api.ApiError;

/**
 * {@code GET /api/articles/{id}/status}: where the document is (ingested, extracted, indexed or failed, with stage,
 * reason, times and extractor version), as ingest-service's status view answers; 404 when the view does not know
 * it; 503 with the reason when ingest-service cannot say.
 */
@RestController
public class DocumentStatusController {

	private static final Logger log = LoggerFactory.getLogger(DocumentStatusController.class);

	private final IngestStatusClient ingest;

	public DocumentStatusController(IngestStatusClient ingest) {
		this.ingest = ingest;
	}

	@GetMapping(path = "/api/articles/{id}/status", produces = MediaType.APPLICATION_JSON_VALUE)
	public ResponseEntity<String> status(@PathVariable String id) {
		IngestStatusClient.Answer answer = this.ingest.document(id);
		return ResponseEntity.status(answer.statusCode()).contentType(MediaType.APPLICATION_JSON).body(answer.json());
	}

	@ExceptionHandler
	ResponseEntity<ApiError> unavailable(StatusUnavailableException ex) {
		log.warn("No document status: {}", ex.getMessage());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.contentType(MediaType.APPLICATION_JSON)
			.body(new ApiError("Status unavailable", ex.getMessage()));
	}

}
