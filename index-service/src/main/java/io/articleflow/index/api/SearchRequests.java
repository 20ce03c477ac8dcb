package io.articleflow.index.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.articleflow.common.event.EntityType;
import io.articleflow.index.store.ArticleQuery;
import io.articleflow.index.store.ArticleSort;

/** Validates the raw parameters of {@code GET /api/search} and turns them into an {@link ArticleQuery}. */
class SearchRequests {

	private final SearchProperties properties;

	SearchRequests(SearchProperties properties) {
		this.properties = properties;
	}

	/**
	 * The query of the parameters, each optional.
	 * @throws BadRequestException naming the first invalid parameter and what it accepts
	 */
	ArticleQuery toQuery(String q, List<String> entities, String type, String from, String to, String page,
			String size, String sort, String collapse) {
		LocalDate fromDate = date("from", from);
		LocalDate toDate = date("to", to);
		if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
			throw new BadRequestException("Invalid date range", "from (" + from + ") is after to (" + to + ")");
		}
		int pageNumber = integer("page", page, 0);
		int pageSize = integer("size", size, this.properties.defaultPageSize());
		if (pageNumber < 0) {
			throw invalid("page", "must be 0 or more (the first page is 0), got " + pageNumber);
		}
		if (pageSize < 1 || pageSize > this.properties.maxPageSize()) {
			throw invalid("size", "must be between 1 and " + this.properties.maxPageSize() + ", got " + pageSize);
		}
		if ((pageNumber + 1L) * pageSize > this.properties.maxResultWindow()) {
			throw invalid("page", "goes deeper than the first " + this.properties.maxResultWindow()
					+ " hits: narrow the search instead");
		}
		return new ArticleQuery(q, entities, entityType(type), fromDate, toDate, pageNumber, pageSize,
				this.properties.facetSize(), sort(sort), collapse(collapse));
	}

	private static LocalDate date(String name, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw invalid(name, "must be an ISO date (yyyy-MM-dd), got '" + value + "'");
		}
	}

	private static int integer(String name, String value, int defaultValue) {
		if (value == null || value.isBlank()) {
			return defaultValue;
		}
		try {
			return Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			throw invalid(name, "must be a whole number, got '" + value + "'");
		}
	}

	private static EntityType entityType(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return EntityType.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw invalid("type", "must be one of " + Arrays.toString(EntityType.values()) + ", got '" + value + "'");
		}
	}

	private static boolean collapse(String value) {
		if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("true")) {
			return true;
		}
		if (value.strip().equalsIgnoreCase("false")) {
			return false;
		}
		throw invalid("collapse", "must be true or false, got '" + value + "'");
	}

	private static ArticleSort sort(String value) {
		if (value == null || value.isBlank()) {
			return ArticleSort.RELEVANCE;
		}
		try {
			return ArticleSort.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw invalid("sort", "must be relevance or date, got '" + value + "'");
		}
	}

	private static BadRequestException invalid(String parameter, String detail) {
		return new BadRequestException("Invalid parameter '" + parameter + "'", parameter + " " + detail);
	}

}
