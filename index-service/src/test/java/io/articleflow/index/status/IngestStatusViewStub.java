package io.articleflow.index.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;

import io.articleflow.common.event.ArticleStatus;

/**
 * Stands in for ingest-service's status view in index-service's own tests: answers
 * {@code GET /api/status/documents/{id}} as its {@code StatusViewController} does, with the real {@link ArticleStatus}
 * record as JSON ({@code {"status": ..., "files": [...]}}), or 404 for an unknown id. The real ingest-service
 * answers the end-to-end test ({@code PipelineEndToEndIntegrationTests}).
 */
public final class IngestStatusViewStub implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Map<String, String> answers = new ConcurrentHashMap<>();

	private final HttpServer server;

	public IngestStatusViewStub() {
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.createContext("/api/status/documents/", this::answer);
		this.server.start();
	}

	/** Makes the view know a document. */
	public void put(ArticleStatus status, List<String> files) {
		this.answers.put(status.key(), JSON.writeValueAsString(Map.of("status", status, "files", files)));
	}

	public URI url() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort());
	}

	private void answer(HttpExchange exchange) throws IOException {
		String id = URLDecoder.decode(exchange.getRequestURI().getRawPath().substring("/api/status/documents/".length()),
				StandardCharsets.UTF_8);
		String known = this.answers.get(id);
		byte[] body = (known != null ? known
				: "{\"error\":\"not-found\",\"detail\":\"No status for " + id + " (the view holds "
						+ this.answers.size() + " documents)\"}")
			.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(known != null ? 200 : 404, body.length);
		try (var out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
