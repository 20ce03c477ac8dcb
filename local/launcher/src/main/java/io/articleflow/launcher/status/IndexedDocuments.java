package io.articleflow.launcher.status;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The number of documents index-service holds, from its {@code /api/stats}. */
public final class IndexedDocuments {

	private static final Pattern DOCUMENTS = Pattern.compile("\"documents\"\\s*:\\s*(\\d+)");

	private IndexedDocuments() {
	}

	/**
	 * @throws IOException when the service does not answer or answers without the count
	 */
	public static long count(int port) throws IOException, InterruptedException {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpResponse<String> response = http.send(HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/stats"))
			.timeout(Duration.ofSeconds(5))
			.build(), HttpResponse.BodyHandlers.ofString());
		Matcher matcher = DOCUMENTS.matcher(response.body());
		if (response.statusCode() != 200 || !matcher.find()) {
			throw new IOException("index-service answered " + response.statusCode() + " without a document count");
		}
		return Long.parseLong(matcher.group(1));
	}

}
