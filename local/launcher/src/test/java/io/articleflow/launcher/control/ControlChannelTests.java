package io.articleflow.launcher.control;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ControlChannelTests {

	@TempDir
	Path folder;

	@Test
	void theClientPrintsTheSupervisorsProgressAndItsOutcome() throws Exception {
		ControlChannel channel = new ControlChannel(this.folder);
		List<List<String>> handled = Collections.synchronizedList(new ArrayList<>());
		AtomicBoolean serving = new AtomicBoolean(true);
		CompletableFuture<Void> supervisor = CompletableFuture.runAsync(() -> {
			while (serving.get()) {
				try {
					channel.serve((words, progress) -> {
						handled.add(words);
						progress.accept("stopping " + words.get(1));
						if (words.get(1).equals("broken")) {
							throw new IllegalStateException("broken is not healthy 300 s after its start");
						}
						progress.accept(words.get(1) + " is healthy");
					});
					Thread.sleep(20);
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			}
		});
		List<String> printed = new ArrayList<>();

		boolean ok = channel.send("restart index-service", printed::add, () -> true, Duration.ofSeconds(30));
		boolean failed = channel.send("restart broken", printed::add, () -> true, Duration.ofSeconds(30));
		serving.set(false);
		supervisor.get(10, TimeUnit.SECONDS);

		assertThat(ok).isTrue();
		assertThat(failed).isFalse();
		assertThat(handled).containsExactly(List.of("restart", "index-service"), List.of("restart", "broken"));
		assertThat(printed).containsExactly("stopping index-service", "index-service is healthy", "stopping broken",
				"failed: broken is not healthy 300 s after its start");
		try (var left = Files.list(this.folder)) {
			assertThat(left).as("files left in the control folder").isEmpty();
		}
	}

	@Test
	void theClientGivesUpAtOnceWhenTheSupervisorIsGone() throws Exception {
		List<String> printed = new ArrayList<>();

		boolean ok = new ControlChannel(this.folder).send("scale extract-service 2", printed::add, () -> false,
				Duration.ofMinutes(10));

		assertThat(ok).isFalse();
		assertThat(printed).containsExactly("failed: the supervisor of the run stopped before it answered");
		try (var left = Files.list(this.folder)) {
			assertThat(left).as("the request is withdrawn").isEmpty();
		}
	}

}
