package io.articleflow.ingest.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A plain HTTP client for the running service: GET, and multipart uploads built by hand. */
public final class Http {

	private final HttpClient client = HttpClient.newHttpClient();

	private final String base;

	private final String token;

	/** A client that sends no token. */
	public Http(int port) {
		this(port, null);
	}

	/** @param token the bearer token sent with every request, or {@code null} for none */
	public Http(int port, String token) {
		this.base = "http://127.0.0.1:" + port;
		this.token = token;
	}

	/** GETs a path and returns the answer. */
	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).GET().build());
	}

	/** POSTs one file as the multipart/form-data field {@code field}. */
	public HttpResponse<String> upload(String path, String field, String fileName, byte[] content) {
		return upload(path, field, fileName, content, java.util.Map.of());
	}

	/** POSTs one file as the multipart/form-data field {@code field}, with plain form fields before it. */
	public HttpResponse<String> upload(String path, String field, String fileName, byte[] content,
			java.util.Map<String, String> fields) {
		String boundary = "----articleflow" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		fields.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
				+ name + "\"\r\n\r\n" + value + "\r\n"));
		write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
		body.writeBytes(content);
		write(body, "\r\n--" + boundary + "--\r\n");
		return post(path, "multipart/form-data; boundary=" + boundary, body.toByteArray());
	}

	/** POSTs a body of the given content type. */
	public HttpResponse<String> post(String path, String contentType, byte[] body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		if (this.token != null) {
			request.header("Authorization", "Bearer " + this.token);
		}
		return send(request.build());
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

}
