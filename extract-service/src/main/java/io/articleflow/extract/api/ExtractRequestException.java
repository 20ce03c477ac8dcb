package io.articleflow.extract.api;

import org.springframework.http.HttpStatus;

/** A request the endpoint refuses, with the status and the reason to answer. */
class ExtractRequestException extends RuntimeException {

	private final HttpStatus status;

	ExtractRequestException(HttpStatus status, String reason) {
		super(reason);
		this.status = status;
	}

	HttpStatus status() {
		return status;
	}

}
