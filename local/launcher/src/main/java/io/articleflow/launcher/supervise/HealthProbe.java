package io.articleflow.launcher.supervise;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Whether a process on loopback is healthy: its health path answers 200, or its port accepts connections. */
final class HealthProbe {

	private static final Duration TIMEOUT = Duration.ofSeconds(1);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

	boolean healthy(ProcessSpec spec, int port) {
		return spec.healthPath() == null ? accepts(port) : answers(port, spec.healthPath());
	}

	static boolean accepts(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), (int) TIMEOUT.toMillis());
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private boolean answers(int port, String path) {
		try {
			HttpResponse<Void> response = this.http.send(
					HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(TIMEOUT).build(),
					HttpResponse.BodyHandlers.discarding());
			return response.statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
