package io.articleflow.index.status;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Asks ingest-service's status view for one document, within a timeout. The answer (its status code and JSON body)
 * is passed on as it is, so the status contract stays ingest-service's and {@code ArticleStatus}'s, not a copy here.
 */
public class IngestStatusClient {

	/** A status answer is a few hundred bytes; anything far larger is not one. */
	static final int MAX_ANSWER_BYTES = 64 * 1024;

	private final URI ingestUrl;

	private final Duration timeout;

	private final HttpClient http;

	public IngestStatusClient(URI ingestUrl, Duration timeout) {
		this.ingestUrl = ingestUrl;
		this.timeout = timeout;
		this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
	}

	/**
	 * The status view's answer for a document: 200 with {@code {"status": ArticleStatus, "files": [...]}}, or 404
	 * with {@code {"error", "detail"}} when the view does not know it.
	 *
	 * @throws StatusUnavailableException when ingest-service does not answer in time, or answers anything else
	 */
	public Answer document(String documentId) {
		String base = this.ingestUrl.toString().replaceAll("/+$", "");
		URI uri = URI.create(base + "/api/status/documents/"
				+ URLEncoder.encode(documentId, StandardCharsets.UTF_8).replace("+", "%20"));
		HttpRequest request = HttpRequest.newBuilder(uri)
			.timeout(this.timeout)
			.header("Accept", "application/json")
			.GET()
			.build();
		try {
			HttpResponse<InputStream> response = this.http.send(request, HttpResponse.BodyHandlers.ofInputStream());
			try (InputStream body = response.body()) {
				byte[] bytes = body.readNBytes(MAX_ANSWER_BYTES + 1);
				if (response.statusCode() != 200 && response.statusCode() != 404) {
					throw new StatusUnavailableException("ingest-service's status view at " + this.ingestUrl
							+ " answered HTTP " + response.statusCode(), null);
				}
				if (bytes.length > MAX_ANSWER_BYTES) {
					throw new StatusUnavailableException("ingest-service's status view at " + this.ingestUrl
							+ " answered more than " + MAX_ANSWER_BYTES + " bytes", null);
				}
				return new Answer(response.statusCode(), new String(bytes, StandardCharsets.UTF_8));
			}
		}
		catch (HttpTimeoutException ex) {
			throw new StatusUnavailableException("ingest-service's status view at " + this.ingestUrl
					+ " did not answer within " + this.timeout.toMillis() + " ms", ex);
		}
		catch (IOException ex) {
			throw new StatusUnavailableException("ingest-service's status view at " + this.ingestUrl
					+ " cannot be reached (is ingest-service running?): " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new StatusUnavailableException("interrupted while asking ingest-service for a status", ex);
		}
	}

	/**
	 * What the status view answered.
	 *
	 * @param statusCode 200 or 404
	 * @param json the JSON body
	 */
	public record Answer(int statusCode, String json) {
	}

}
