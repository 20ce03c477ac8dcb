package io.articleflow.index.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import io.articleflow.index.store.InvalidQueryException;

/** Turns the API's refusals into JSON {@link ApiError} responses. */
@RestControllerAdvice(assignableTypes = { SearchController.class, ArticleController.class, EntityController.class })
public class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@ExceptionHandler
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	ApiError badRequest(BadRequestException ex) {
		log.debug("Refused a search request: {}", ex.getMessage());
		return new ApiError(ex.error(), ex.getMessage());
	}

	@ExceptionHandler
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	ApiError invalidQuery(InvalidQueryException ex) {
		log.debug("Refused a search query: {}", ex.getMessage());
		return new ApiError("Invalid query", ex.getMessage());
	}

	@ExceptionHandler
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ApiError notFound(ArticleNotFoundException ex) {
		return new ApiError("Article not found", ex.getMessage());
	}

	@ExceptionHandler
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ApiError entityNotFound(EntityNotFoundException ex) {
		return new ApiError("Entity not found", ex.getMessage());
	}

}
