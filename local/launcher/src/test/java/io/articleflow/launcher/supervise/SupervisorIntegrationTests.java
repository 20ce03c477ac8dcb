package io.articleflow.launcher.supervise;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;

/**
 * The supervisor on real child processes (small JVMs that listen on a port): crashes are noticed and healed with
 * backoff, restart and scale act on the running processes, and everything stops in reverse order.
 */
class SupervisorIntegrationTests {

	private static final Backoff FAST = new Backoff(Duration.ofMillis(100), Duration.ofMillis(400),
			Duration.ofMinutes(1));

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	@TempDir
	Path folder;

	private final List<String> said = Collections.synchronizedList(new ArrayList<>());

	private Supervisor supervisor;

	@AfterEach
	void stop() {
		if (this.supervisor != null) {
			this.supervisor.stopAll();
		}
	}

	@Test
	void restartsAProcessKilledWithSigkillAndSaysSo() throws Exception {
		ProcessSpec child = listening("child", freePort(), false, null);
		this.supervisor = supervisor(child);
		this.supervisor.start();
		await().atMost(PATIENCE).until(this.supervisor::allUp);
		long killed = pidOf("child");

		ProcessHandle.of(killed).orElseThrow().destroyForcibly();

		await().atMost(PATIENCE).until(() -> this.supervisor.allUp() && pidOf("child") != killed);
		assertThat(HealthProbe.accepts(child.port())).isTrue();
		assertThat(this.said).anySatisfy(line -> assertThat(line)
			.startsWith("child (pid " + killed + ") exited with code 137 (killed by signal 9); restarting it in 100 ms "
					+ "(crash 1 in a row)"));
		assertThat(this.said).anySatisfy(line -> assertThat(line).matches("child is back \\(pid \\d+, healthy .*"));
		assertThat(row("child").restarts()).isEqualTo(1);
		assertThat(row("child").state()).isEqualTo("up");
	}

	@Test
	void pausesLongerWithEveryCrashInARowUpToTheCeiling() throws Exception {
		ProcessSpec failing = new ProcessSpec("failing", freePort(), null, false, false, null, false,
				List.of("sh", "-c", "exit 3"));
		this.supervisor = supervisor(failing);
		this.supervisor.start();

		await().atMost(PATIENCE).until(() -> this.said.stream().filter(l -> l.contains("exited with code 3")).count() >= 4);
		List<String> crashes = this.said.stream().filter(l -> l.contains("exited with code 3")).toList();
		assertThat(crashes.get(0)).contains("restarting it in 100 ms (crash 1 in a row)");
		assertThat(crashes.get(1)).contains("restarting it in 200 ms (crash 2 in a row)");
		assertThat(crashes.get(2)).contains("restarting it in 400 ms (crash 3 in a row)");
		assertThat(crashes.get(3)).contains("restarting it in 400 ms (crash 4 in a row)");
	}

	@Test
	void restartOnRequestReplacesTheProcessAndReturnsWhenItIsHealthy() throws Exception {
		ProcessSpec child = listening("child", freePort(), false, null);
		this.supervisor = supervisor(child);
		this.supervisor.start();
		await().atMost(PATIENCE).until(this.supervisor::allUp);
		long before = pidOf("child");
		List<String> progress = new ArrayList<>();

		this.supervisor.restart("child", progress::add);

		long after = pidOf("child");
		assertThat(after).isNotEqualTo(before);
		assertThat(ProcessHandle.of(before).map(ProcessHandle::isAlive).orElse(false)).isFalse();
		assertThat(progress).hasSize(3);
		assertThat(progress.get(0)).isEqualTo("stopping child (pid " + before + ") ...");
		assertThat(progress.get(1)).isEqualTo("started child (pid " + after + ", was " + before
				+ "); waiting until it is healthy ...");
		assertThat(progress.get(2)).startsWith("child is healthy (pid " + after + ", port " + child.port());
		assertThat(this.said).noneMatch(line -> line.contains("exited"));
		assertThatIllegalArgumentException().isThrownBy(() -> this.supervisor.restart("nothing", progress::add))
			.withMessage("no process named nothing; the processes are [child]");
	}

	@Test
	void scalesOutOnFreePortsWithScrapeTargetsAndBackByStoppingTheNewest() throws Exception {
		ProcessSpec worker = listening("worker", freePort(), true, null);
		this.supervisor = supervisor(worker);
		this.supervisor.start();
		await().atMost(PATIENCE).until(this.supervisor::allUp);
		List<String> progress = new ArrayList<>();

		this.supervisor.scale("worker", 3, progress::add);

		List<ProcessTable.Row> rows = table().read();
		assertThat(rows).extracting(ProcessTable.Row::name).containsExactly("worker", "worker-2", "worker-3");
		assertThat(rows).extracting(ProcessTable.Row::state).containsOnly("up");
		assertThat(rows).extracting(ProcessTable.Row::port).doesNotHaveDuplicates().contains(worker.port());
		assertThat(rows).allSatisfy(row -> assertThat(HealthProbe.accepts(row.port())).isTrue());
		String targets = Files.readString(this.folder.resolve("targets.json"));
		assertThat(rows).allSatisfy(row -> assertThat(targets)
			.contains("{\"targets\": [\"127.0.0.1:" + row.port() + "\"], \"labels\": {\"service\": \"worker\", "
					+ "\"process\": \"" + row.name() + "\"}}"));
		assertThat(progress).filteredOn(line -> line.contains("is healthy")).hasSize(2);
		List<Long> extraPids = List.of(rows.get(1).pid(), rows.get(2).pid());

		this.supervisor.scale("worker", 1, progress::add);

		assertThat(table().read()).extracting(ProcessTable.Row::name).containsExactly("worker");
		assertThat(extraPids).allSatisfy(pid -> assertThat(ProcessHandle.of(pid).isPresent()).isFalse());
		assertThat(progress).contains("stopped worker-2 (port " + rows.get(1).port() + ")",
				"stopped worker-3 (port " + rows.get(2).port() + ")");
		assertThat(this.said).noneMatch(line -> line.contains("exited"));
	}

	@Test
	void refusesMoreInstancesOfASingleInstanceServiceWithTheReason() throws Exception {
		this.supervisor = supervisor(listening("index", freePort(), false, "its index belongs to one process"));
		this.supervisor.start();

		assertThatIllegalArgumentException().isThrownBy(() -> this.supervisor.scale("index", 2, line -> {
		})).withMessage("index runs as a single instance: its index belongs to one process");
		assertThatIllegalArgumentException().isThrownBy(() -> this.supervisor.scale("index", 0, line -> {
		})).withMessageStartingWith("the number of instances is at least 1");
	}

	@Test
	void startsAfterTheAwaitedBrokerIsHealthyAndStopsServicesBeforeIt() throws Exception {
		Path stops = this.folder.resolve("stops");
		ProcessSpec broker = new ProcessSpec("broker", freePort(), null, true, false, null, false,
				childCommand("broker", stops));
		ProcessSpec service = new ProcessSpec("service", freePort(), null, false, false, null, false,
				childCommand("service", stops));
		this.supervisor = supervisor(broker, service);

		this.supervisor.start();

		assertThat(HealthProbe.accepts(broker.port())).as("the broker listens before the service starts").isTrue();
		await().atMost(PATIENCE).until(this.supervisor::allUp);
		this.supervisor.stopAll();
		assertThat(Files.readAllLines(stops)).containsExactly("service", "broker");
		assertThat(table().read()).extracting(ProcessTable.Row::state).containsOnly("stopped");
		assertThat(this.said).endsWith("stopped service", "stopped broker");
	}

	private Supervisor supervisor(ProcessSpec... specs) {
		Consumer<String> say = this.said::add;
		return new Supervisor(List.of(specs), this.folder.resolve("logs"), table(), this.folder.resolve("targets.json"),
				FAST, say);
	}

	private ProcessTable table() {
		return new ProcessTable(this.folder.resolve("processes"));
	}

	private ProcessTable.Row row(String name) throws IOException {
		return table().read().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
	}

	private long pidOf(String name) throws IOException {
		return row(name).pid();
	}

	private static ProcessSpec listening(String name, int port, boolean scalable, String single) throws Exception {
		return new ProcessSpec(name, port, null, false, scalable, single, true, childCommand(null, null));
	}

	private static List<String> childCommand(String name, Path stops) throws URISyntaxException {
		String java = ProcessHandle.current().info().command().orElse("java");
		String classes = Path.of(ListeningChild.class.getProtectionDomain().getCodeSource().getLocation().toURI())
			.toString();
		List<String> command = new ArrayList<>(List.of(java, "-Xmx32m", "-XX:TieredStopAtLevel=1", "-cp", classes,
				ListeningChild.class.getName(), ProcessSpec.PORT));
		if (name != null) {
			command.addAll(List.of(name, stops.toString()));
		}
		return command;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
