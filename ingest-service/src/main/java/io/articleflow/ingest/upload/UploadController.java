package io.articleflow.ingest.upload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.articleflow.ingest.intake.IngestOutcome;
import io.articleflow.ingest.intake.LimitsProperties;
import io.articleflow.ingest.text.ContentProblem;

/**
 * {@code POST /api/files} (multipart, field {@code file}; optional field {@code published}, the document's
 * publication date in ISO 8601, which the extractor dates the article by when its text states no date): ingests
 * one document. Answers 201 with the document id
 * once Kafka acknowledged its event; 202 when it is stored but the broker did not acknowledge yet (the watcher
 * retries it); 400 without a file, with an empty one or with a {@code published} that is not an ISO 8601 date; 413 over the size limit (refused before it is stored) or
 * with more text than an event carries; 415 for a type ingest does not read; 422 for a document that cannot be
 * read (damaged, encrypted, garbled, a zip bomb, a parse timeout). Every document that was stored and could not be
 * ingested is kept in failed/ with its sidecar; the answer names its key.
 */
@RestController
public class UploadController {

	private final FileUploads uploads;

	private final long maxFileSize;

	public UploadController(FileUploads uploads, LimitsProperties limits) {
		this.uploads = uploads;
		this.maxFileSize = limits.maxFileSize().toBytes();
	}

	@PostMapping("/api/files")
	public ResponseEntity<?> upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "published", required = false) String published) throws IOException {
		if (file == null) {
			return UploadErrors.error(HttpStatus.BAD_REQUEST, "bad-request",
					"no file: send the document as the multipart/form-data field 'file'");
		}
		if (published != null && !published.isBlank() && !PublishedDates.isIsoDate(published)) {
			return UploadErrors.error(HttpStatus.BAD_REQUEST, "bad-request", "the field 'published' is not an ISO 8601 "
					+ "date or date-time (2024-05-03, 2024-05-03T08:15:30Z): " + published);
		}
		if (file.getSize() > this.maxFileSize) {
			return UploadErrors.error(HttpStatus.CONTENT_TOO_LARGE, ContentProblem.TOO_LARGE.code(),
					"the upload is " + file.getSize() + " bytes, over the " + this.maxFileSize
							+ "-byte limit (ingest.limits.max-file-size)");
		}
		Path copy = Files.createTempFile("upload-", ".bin");
		try {
			file.transferTo(copy);
			FileUploads.Upload upload = this.uploads.ingest(file.getOriginalFilename(), copy,
					published == null || published.isBlank() ? null : published.strip());
			IngestOutcome outcome = upload.outcome();
			return switch (outcome.status()) {
				case PUBLISHED -> ResponseEntity.status(HttpStatus.CREATED)
					.body(new Accepted(outcome.documentId(), "published", upload.key(), upload.fileName(), null));
				case DEFERRED -> ResponseEntity.status(HttpStatus.ACCEPTED)
					.body(new Accepted(outcome.documentId(), "deferred", upload.key(), upload.fileName(),
							outcome.reason()));
				case FAILED -> ResponseEntity.status(status(outcome.code()))
					.body(new UploadErrors.Error(outcome.code(), outcome.reason(), upload.key()));
			};
		}
		finally {
			Files.deleteIfExists(copy);
		}
	}

	private static HttpStatusCode status(String code) {
		if (ContentProblem.UNSUPPORTED_TYPE.code().equals(code) || ContentProblem.BINARY.code().equals(code)) {
			return HttpStatus.UNSUPPORTED_MEDIA_TYPE;
		}
		if (ContentProblem.EMPTY.code().equals(code)) {
			return HttpStatus.BAD_REQUEST;
		}
		if (ContentProblem.TOO_LARGE.code().equals(code) || ContentProblem.TEXT_TOO_LARGE.code().equals(code)) {
			return HttpStatus.CONTENT_TOO_LARGE;
		}
		return HttpStatusCode.valueOf(422);
	}

	/**
	 * An upload that was taken.
	 *
	 * @param documentId the document id of its text
	 * @param status {@code published}, or {@code deferred} when the broker has not acknowledged it yet
	 * @param key where it is in the bucket
	 * @param fileName its sanitised name
	 * @param detail why it is deferred
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Accepted(String documentId, String status, String key, String fileName, String detail) {
	}

}
