package io.articleflow.ingest.upload;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

import io.articleflow.ingest.intake.LimitsProperties;

/**
 * Upload errors as JSON {@code {"error": ..., "detail": ...}}: 413 for a request over the size limit (refused
 * while it is read, so it is never stored), 400 for a request that is not a usable multipart upload.
 */
@RestControllerAdvice(assignableTypes = UploadController.class)
public class UploadErrors {

	private final long maxFileSize;

	public UploadErrors(LimitsProperties limits) {
		this.maxFileSize = limits.maxFileSize().toBytes();
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<Error> tooLarge(MaxUploadSizeExceededException ex) {
		return error(HttpStatus.CONTENT_TOO_LARGE, "too-large",
				"the upload is over the " + this.maxFileSize + "-byte limit (ingest.limits.max-file-size)");
	}

	@ExceptionHandler({ MultipartException.class, MissingServletRequestPartException.class })
	ResponseEntity<Error> badRequest(Exception ex) {
		return error(HttpStatus.BAD_REQUEST, "bad-request",
				"not a usable multipart/form-data upload with the field 'file': " + ex.getMessage());
	}

	static ResponseEntity<Error> error(HttpStatusCode status, String error, String detail) {
		return ResponseEntity.status(status).body(new Error(error, detail, null));
	}

	/**
	 * Why an upload was not ingested.
	 *
	 * @param error the short stable code, e.g. {@code unsupported-type}
	 * @param detail what is wrong, in words
	 * @param key where the upload is kept in the bucket (under failed/), when it was stored
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Error(String error, String detail, String key) {
	}

}
