package io.articleflow.index.store.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.OpenSearchGenericClient;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON over the client's generic API: the request bodies are the OpenSearch DSL as written in its documentation, one
 * place retries requests refused for load (429) or failed by the cluster (5xx, I/O) with exponential backoff.
 */
final class OpenSearchHttp {

	private static final Logger log = LoggerFactory.getLogger(OpenSearchHttp.class);

	private static final Set<Integer> RETRIED = Set.of(429, 500, 502, 503, 504);

	private final OpenSearchGenericClient client;

	private final JsonMapper json;

	private final OpenSearchIndexProperties.Retry retry;

	OpenSearchHttp(OpenSearchClient client, JsonMapper json, OpenSearchIndexProperties.Retry retry) {
		this.client = client.generic();
		this.json = json;
		this.retry = retry;
	}

	/** An answer: the HTTP status and the JSON body (an empty object without one). */
	record Answer(int status, JsonNode body) {

		boolean ok() {
			return this.status >= 200 && this.status < 300;
		}

		/**
		 * Why the cluster refused a request: the cause under the first shard failure or the error (for a query, the
		 * parser's message), else the error's own reason, else the status.
		 */
		String reason() {
			JsonNode error = this.body.path("error");
			for (JsonNode failure : List.of(error.path("failed_shards").path(0).path("reason"), error)) {
				String cause = failure.path("caused_by").path("reason").asString("");
				if (!cause.isEmpty()) {
					return cause;
				}
			}
			String reason = error.isString() ? error.asString()
					: error.path("root_cause").path(0).path("reason").asString(error.path("reason").asString(""));
			return reason.isEmpty() ? "HTTP " + this.status : reason;
		}

	}

	/** Sends a JSON request (body {@code null} for none), retrying 429, 5xx and I/O failures. */
	Answer send(String method, String endpoint, Object body) {
		String text = (body == null) ? null : (body instanceof String s) ? s : this.json.writeValueAsString(body);
		return sendRaw(method, endpoint, Map.of(), text, "application/json");
	}

	/** Sends an NDJSON bulk body, retrying 429, 5xx and I/O failures of the whole request. */
	Answer bulk(String endpoint, Map<String, String> parameters, String ndjson) {
		return sendRaw("POST", endpoint, parameters, ndjson, "application/x-ndjson");
	}

	private Answer sendRaw(String method, String endpoint, Map<String, String> parameters, String body,
			String contentType) {
		for (int attempt = 1;; attempt++) {
			try {
				Answer answer = once(method, endpoint, parameters, body, contentType);
				if (!RETRIED.contains(answer.status()) || attempt >= this.retry.maxAttempts()) {
					return answer;
				}
				log.warn("OpenSearch answered {} {} with {} ({}): retrying", method, endpoint, answer.status(),
						answer.reason());
			}
			catch (IOException ex) {
				if (attempt >= this.retry.maxAttempts()) {
					throw new UncheckedIOException("OpenSearch did not answer " + method + " " + endpoint + " after "
							+ attempt + " attempts", ex);
				}
				log.warn("OpenSearch did not answer {} {} ({}): retrying", method, endpoint, ex.toString());
			}
			pause(this.retry.backoff(attempt));
		}
	}

	private Answer once(String method, String endpoint, Map<String, String> parameters, String body,
			String contentType) throws IOException {
		Requests.JsonBodyBuilder request = Requests.builder().method(method).endpoint(endpoint).query(parameters);
		if (body != null) {
			request.body(Body.from(body.getBytes(StandardCharsets.UTF_8), contentType));
		}
		try (Response response = this.client.execute(request.build())) {
			String text = response.getBody().map(Body::bodyAsString).orElse("");
			JsonNode node = text.isBlank() ? this.json.createObjectNode() : this.json.readTree(text);
			return new Answer(response.getStatus(), node);
		}
	}

	static void pause(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting to retry an OpenSearch request", ex);
		}
	}

}
