package io.articleflow.launcher.supervise;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A process for the supervisor to watch: listens on 127.0.0.1:{@code args[0]} until it is stopped, and appends
 * {@code args[1]} to the file {@code args[2]} when it is stopped by SIGTERM (so tests see the order of stops).
 */
public final class ListeningChild {

	private ListeningChild() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length == 3) {
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					Files.writeString(Path.of(args[2]), args[1] + "\n", StandardOpenOption.CREATE,
							StandardOpenOption.APPEND);
				}
				catch (IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			}));
		}
		try (ServerSocket server = new ServerSocket(Integer.parseInt(args[0]), 50, InetAddress.getLoopbackAddress())) {
			while (true) {
				server.accept().close();
			}
		}
	}

}
