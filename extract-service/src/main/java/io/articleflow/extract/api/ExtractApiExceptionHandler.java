package io.articleflow.extract.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import io.articleflow.extract.analysis.TextTooLongException;

/** Answers refused extraction requests with a problem-details JSON body ({@code application/problem+json}). */
@RestControllerAdvice(assignableTypes = ExtractController.class)
public class ExtractApiExceptionHandler {

	@ExceptionHandler(ExtractRequestException.class)
	ResponseEntity<ProblemDetail> refused(ExtractRequestException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(ex.status(), ex.getMessage());
		return ResponseEntity.status(ex.status()).body(problem);
	}

	@ExceptionHandler(TextTooLongException.class)
	ResponseEntity<ProblemDetail> tooLong(TextTooLongException ex) {
		return refused(new ExtractRequestException(HttpStatus.CONTENT_TOO_LARGE, ex.getMessage()));
	}

}
