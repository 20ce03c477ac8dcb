package io.articleflow.launcher.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Requests to a running supervisor as files in its control folder: the client writes {@code <id>.request} (one
 * line, e.g. {@code restart index-service}); the supervisor takes it ({@code <id>.taken}), appends its progress to
 * {@code <id>.reply} and ends the reply with {@code done ok} or {@code done failed: <reason>}. Files survive neither
 * side's crash in a harmful way: an untaken request is refused by the client after a timeout and removed.
 */
public final class ControlChannel {

	private static final String REQUEST = ".request";

	private static final String DONE = "done ";

	private final Path folder;

	public ControlChannel(Path folder) {
		this.folder = folder;
	}

	/** What the supervisor does with one request; progress lines go to the client as they happen. */
	@FunctionalInterface
	public interface Handler {

		void handle(List<String> words, Consumer<String> progress) throws Exception;

	}

	/** The supervisor's side: takes and answers every waiting request, oldest first. */
	public void serve(Handler handler) throws IOException {
		if (!Files.isDirectory(this.folder)) {
			return;
		}
		List<Path> requests;
		try (var files = Files.list(this.folder)) {
			requests = files.filter(f -> f.getFileName().toString().endsWith(REQUEST)).sorted().toList();
		}
		for (Path request : requests) {
			String id = request.getFileName().toString().replace(REQUEST, "");
			Path taken = this.folder.resolve(id + ".taken");
			Files.move(request, taken, StandardCopyOption.ATOMIC_MOVE);
			Path reply = this.folder.resolve(id + ".reply");
			Consumer<String> progress = line -> append(reply, line);
			try {
				handler.handle(List.of(Files.readString(taken).trim().split("\\s+")), progress);
				append(reply, DONE + "ok");
			}
			catch (InterruptedException ex) {
				append(reply, DONE + "failed: the supervisor is stopping");
				Thread.currentThread().interrupt();
				return;
			}
			catch (Exception ex) {
				append(reply, DONE + "failed: " + ex.getMessage());
			}
			finally {
				Files.deleteIfExists(taken);
			}
		}
	}

	/**
	 * The client's side: sends a request and prints the supervisor's progress as it comes.
	 * @param supervisorAlive checked while waiting, so a supervisor that died is noticed at once
	 * @return {@code true} when the supervisor reports success
	 */
	public boolean send(String request, Consumer<String> out, BooleanSupplier supervisorAlive, Duration timeout)
			throws IOException, InterruptedException {
		Files.createDirectories(this.folder);
		String id = Instant.now().toEpochMilli() + "-" + UUID.randomUUID();
		Path temporary = this.folder.resolve(id + ".tmp");
		Path requestFile = this.folder.resolve(id + REQUEST);
		Path reply = this.folder.resolve(id + ".reply");
		Files.writeString(temporary, request + "\n");
		Files.move(temporary, requestFile, StandardCopyOption.ATOMIC_MOVE);
		Instant deadline = Instant.now().plus(timeout);
		int printed = 0;
		try {
			while (true) {
				List<String> lines = Files.exists(reply) ? Files.readAllLines(reply) : List.of();
				for (; printed < lines.size(); printed++) {
					String line = lines.get(printed);
					if (line.startsWith(DONE)) {
						String outcome = line.substring(DONE.length());
						if (!outcome.equals("ok")) {
							out.accept(outcome);
						}
						return outcome.equals("ok");
					}
					out.accept(line);
				}
				if (!supervisorAlive.getAsBoolean()) {
					out.accept("failed: the supervisor of the run stopped before it answered");
					return false;
				}
				if (Instant.now().isAfter(deadline)) {
					out.accept("failed: no answer from the supervisor within " + timeout.toSeconds() + " s");
					return false;
				}
				Thread.sleep(200);
			}
		}
		finally {
			Files.deleteIfExists(requestFile);
			Files.deleteIfExists(reply);
		}
	}

	private static void append(Path file, String line) {
		try {
			Files.writeString(file, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
