package io.articleflow.index.status;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import io.articleflow.common.event.ArticleStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP contract of {@code GET /api/articles/{id}/status}: ingest-service's answer passed on, and a clear 503
 * when ingest-service is down or too slow, within the configured timeout.
 */
class DocumentStatusApiTests {

	private static final IngestStatusViewStub ingest = new IngestStatusViewStub();

	@AfterAll
	static void stopIngest() {
		ingest.close();
	}

	@Test
	void answersTheStatusViewsStatusOfTheDocument() {
		Instant at = Instant.parse("2026-12-03T16:28:29.864Z");
		ingest.put(new ArticleStatus("1c8f3992fa99751972e4e62ce11afdde", "000_seed.txt", ArticleStatus.State.INDEXED,
				"index-service", null, null, "1.5.0+kb.2026.12.2", Instant.parse("2026-12-03T16:28:25Z"),
				Instant.parse("2026-12-03T16:28:27Z"), at, at), List.of("000_seed.txt"));

		assertThat(mvc(ingest.url(), Duration.ofSeconds(2)).get().uri("/api/articles/1c8f3992fa99751972e4e62ce11afdde/status"))
			.hasStatusOk()
			.hasContentType(MediaType.APPLICATION_JSON)
			.bodyJson()
			.isStrictlyEqualTo("""
					{"status": {"documentId": "1c8f3992fa99751972e4e62ce11afdde", "fileName": "000_seed.txt",
					            "state": "INDEXED", "stage": "index-service", "extractorVersion": "1.5.0+kb.2026.12.2",
					            "ingestedAt": "2026-12-03T16:28:25Z", "extractedAt": "2026-12-03T16:28:27Z",
					            "indexedAt": "2026-12-03T16:28:29.864Z", "at": "2026-12-03T16:28:29.864Z"},
					 "files": ["000_seed.txt"]}
					""");
	}

	@Test
	void answersNotFoundWithTheViewsExplanationForAnUnknownDocument() {
		assertThat(mvc(ingest.url(), Duration.ofSeconds(2)).get().uri("/api/articles/never-seen/status"))
			.hasStatus(HttpStatus.NOT_FOUND)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.startsWith("No status for never-seen");
	}

	@Test
	void answersServiceUnavailableNamingIngestWhenNothingListensThere() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closedPort = socket.getLocalPort();
		}
		URI down = URI.create("http://127.0.0.1:" + closedPort);

		assertThat(mvc(down, Duration.ofSeconds(2)).get().uri("/api/articles/any/status"))
			.hasStatus(HttpStatus.SERVICE_UNAVAILABLE)
			.bodyJson()
			.isLenientlyEqualTo("{\"error\": \"Status unavailable\"}")
			.extractingPath("$.detail")
			.asString()
			.startsWith("ingest-service's status view at " + down + " cannot be reached (is ingest-service running?)");
	}

	@Test
	void answersServiceUnavailableWithinTheTimeoutWhenIngestDoesNotAnswer() throws IOException {
		// accepts connections (the backlog does) but never answers
		try (ServerSocket silent = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
			URI slow = URI.create("http://127.0.0.1:" + silent.getLocalPort());
			long started = System.nanoTime();

			assertThat(mvc(slow, Duration.ofMillis(500)).get().uri("/api/articles/any/status"))
				.hasStatus(HttpStatus.SERVICE_UNAVAILABLE)
				.bodyJson()
				.extractingPath("$.detail")
				.asString()
				.isEqualTo("ingest-service's status view at " + slow + " did not answer within 500 ms");
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
		}
	}

	private static MockMvcTester mvc(URI ingestUrl, Duration timeout) {
		return MockMvcTester.of(new DocumentStatusController(new IngestStatusClient(ingestUrl, timeout)));
	}

}
