package io.articleflow.launcher.supervise;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import io.articleflow.launcher.supervise.Instance.State;

/**
 * Keeps the processes of a local run alive: starts them in order, restarts one that dies after a {@link Backoff}
 * (saying so), restarts or scales a service on request, and stops everything in reverse order, services before the
 * broker, when it is closed. Only a request or {@link #stopAll()} stops a process for good.
 */
public final class Supervisor implements AutoCloseable {

	private static final Duration TICK = Duration.ofMillis(500);

	private static final Duration STOP_GRACE = Duration.ofSeconds(30);

	/** How long a restarted or added instance may take to become healthy before the request is reported failed. */
	private static final Duration STARTUP = Duration.ofMinutes(5);

	private final List<ProcessSpec> specs;

	private final Path logs;

	private final ProcessTable table;

	private final ScrapeTargets targets;

	private final Backoff backoff;

	private final Consumer<String> say;

	private final HealthProbe probe = new HealthProbe();

	private final ScheduledExecutorService monitor = Executors
		.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("supervisor-monitor").daemon().factory());

	/** Guarded by {@code this}. */
	private final List<Instance> instances = new ArrayList<>();

	private boolean stopping;

	/**
	 * @param specs the processes, in start order
	 * @param logs the folder of the processes' logs ({@code <name>.log}, appended across restarts)
	 * @param table where the processes are listed for {@code ./pipeline status}
	 * @param targets where the Prometheus scrape targets are written, or {@code null} for nowhere
	 * @param say where to tell what happens (a crash, a restart, a process back)
	 */
	public Supervisor(List<ProcessSpec> specs, Path logs, ProcessTable table, Path targets, Backoff backoff,
			Consumer<String> say) {
		this.specs = List.copyOf(specs);
		this.logs = logs;
		this.table = table;
		this.targets = targets == null ? null : new ScrapeTargets(targets);
		this.backoff = backoff;
		this.say = say;
	}

	/**
	 * Starts one instance of every process in order and begins watching them. A process marked {@code await} must
	 * be healthy before the next one starts; this waits for it as long as it takes (it is restarted if it dies).
	 */
	public void start() throws InterruptedException {
		this.monitor.scheduleWithFixedDelay(this::tickSafely, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
		for (ProcessSpec spec : this.specs) {
			Instance instance = new Instance(spec, 1, spec.port(), this.logs);
			synchronized (this) {
				if (this.stopping) {
					return;
				}
				this.instances.add(instance);
				launch(instance, Instant.now());
				publish();
			}
			this.say.accept("started %s (pid %d, port %d, log %s)".formatted(instance.name(), instance.pid(),
					instance.port, instance.log));
			if (spec.await()) {
				Instant since = Instant.now();
				while (instance.state != State.UP && !isStopping()) {
					if (Duration.between(since, Instant.now()).toSeconds() >= 60) {
						this.say.accept("still waiting for %s to be healthy; see %s".formatted(instance.name(),
								instance.log));
						since = Instant.now();
					}
					Thread.sleep(100);
				}
			}
		}
	}

	/** Whether every process has been healthy since its last start. */
	public synchronized boolean allUp() {
		return !this.instances.isEmpty() && this.instances.stream().allMatch(i -> i.state == State.UP);
	}

	/** One look at every process: notice crashes, restart those whose pause is over, notice health. */
	synchronized void tick() {
		if (this.stopping) {
			return;
		}
		Instant now = Instant.now();
		boolean changed = false;
		for (Instance instance : this.instances) {
			switch (instance.state) {
				case STARTING, UP -> {
					if (!instance.alive()) {
						crashed(instance, now);
						changed = true;
					}
					else if (instance.state == State.STARTING && this.probe.healthy(instance.spec, instance.port)) {
						instance.state = State.UP;
						instance.upSince = now;
						changed = true;
						if (instance.announceHealthy) {
							instance.announceHealthy = false;
							this.say.accept("%s is back (pid %d, healthy %s after its start)".formatted(instance.name(),
									instance.pid(), Instance.seconds(instance.startedAt, now)));
						}
					}
					else if (instance.state == State.UP && instance.crashesInARow > 0
							&& Duration.between(instance.upSince, now).compareTo(this.backoff.healthyFor()) >= 0) {
						instance.crashesInARow = 0;
					}
				}
				case BACKOFF -> {
					if (!now.isBefore(instance.restartAt)) {
						instance.restarts++;
						instance.announceHealthy = true;
						launch(instance, now);
						this.say.accept("restarted %s (pid %d)".formatted(instance.name(), instance.pid()));
						changed = true;
					}
				}
				default -> {
				}
			}
		}
		if (changed) {
			publish();
		}
	}

	/**
	 * Stops every instance of a service (or one instance, by its name) and starts it again, one after the other,
	 * reporting each step; returns when all are healthy again.
	 */
	public void restart(String name, Consumer<String> progress) throws InterruptedException {
		List<Instance> chosen;
		synchronized (this) {
			chosen = this.instances.stream()
				.filter(i -> i.name().equals(name) || i.spec.name().equals(name))
				.toList();
		}
		if (chosen.isEmpty()) {
			throw new IllegalArgumentException("no process named " + name + "; the processes are " + names());
		}
		for (Instance instance : chosen) {
			long before = instance.pid();
			progress.accept("stopping %s (pid %d) ...".formatted(instance.name(), before));
			stop(List.of(instance));
			synchronized (this) {
				if (this.stopping) {
					throw new IllegalStateException("the run is stopping");
				}
				instance.restarts++;
				instance.crashesInARow = 0;
				launch(instance, Instant.now());
				publish();
			}
			progress.accept("started %s (pid %d, was %d); waiting until it is healthy ...".formatted(instance.name(),
					instance.pid(), before));
			awaitUp(instance, progress);
		}
	}

	/**
	 * Runs {@code count} instances of a scalable service: new ones on free ports (consumers of the same group), or
	 * the newest ones stopped. Returns when the new ones are healthy.
	 */
	public void scale(String service, int count, Consumer<String> progress) throws InterruptedException {
		ProcessSpec spec = this.specs.stream()
			.filter(s -> s.name().equals(service))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(
					"no service named " + service + "; the processes are " + names()));
		if (count < 1) {
			throw new IllegalArgumentException("the number of instances is at least 1 (to stop the run: Ctrl-C)");
		}
		List<Instance> current;
		synchronized (this) {
			current = this.instances.stream()
				.filter(i -> i.spec == spec)
				.sorted(Comparator.comparingInt(i -> i.ordinal))
				.toList();
		}
		if (count > 1 && !spec.scalable()) {
			throw new IllegalArgumentException("%s runs as a single instance: %s".formatted(service,
					spec.single() == null ? "its spec does not allow more" : spec.single()));
		}
		if (count == current.size()) {
			progress.accept("%s already runs %d instance%s".formatted(service, count, count == 1 ? "" : "s"));
			return;
		}
		if (count < current.size()) {
			List<Instance> surplus = current.subList(count, current.size());
			stop(surplus);
			synchronized (this) {
				this.instances.removeAll(surplus);
				publish();
			}
			surplus.forEach(i -> progress.accept("stopped %s (port %d)".formatted(i.name(), i.port)));
			return;
		}
		int next = current.getLast().ordinal + 1;
		List<Instance> added = new ArrayList<>();
		for (int ordinal = next; ordinal < next + count - current.size(); ordinal++) {
			Instance instance = new Instance(spec, ordinal, freePort(), this.logs);
			synchronized (this) {
				if (this.stopping) {
					throw new IllegalStateException("the run is stopping");
				}
				this.instances.add(instance);
				launch(instance, Instant.now());
				publish();
			}
			added.add(instance);
			progress.accept("started %s (pid %d, port %d, log %s)".formatted(instance.name(), instance.pid(),
					instance.port, instance.log));
		}
		for (Instance instance : added) {
			awaitUp(instance, progress);
		}
	}

	/** Stops every process, services first (in reverse start order), the broker last. */
	public void stopAll() {
		synchronized (this) {
			if (this.stopping) {
				return;
			}
			this.stopping = true;
		}
		this.monitor.shutdownNow();
		for (ProcessSpec spec : this.specs.reversed()) {
			List<Instance> ofSpec;
			synchronized (this) {
				ofSpec = this.instances.stream().filter(i -> i.spec == spec).toList();
			}
			try {
				stop(ofSpec);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				ofSpec.forEach(i -> i.process.destroyForcibly());
			}
			ofSpec.forEach(i -> this.say.accept("stopped " + i.name()));
		}
		synchronized (this) {
			publish();
		}
	}

	@Override
	public void close() {
		stopAll();
	}

	private synchronized boolean isStopping() {
		return this.stopping;
	}

	/** Starts the instance's process; a command that cannot start counts as a crash. Called under the lock. */
	private void launch(Instance instance, Instant now) {
		instance.startedAt = now;
		instance.upSince = null;
		try {
			Files.createDirectories(this.logs);
			if (instance.restarts > 0) {
				Files.writeString(instance.log, "%n==== pipeline: %s started again at %s ====%n"
					.formatted(instance.name(), now), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
			}
			// a run's first start begins a fresh log; a restart adds to it, after the lines of the crash
			instance.process = new ProcessBuilder(instance.spec.commandFor(instance.name(), instance.port)).redirectErrorStream(true)
				.redirectOutput(instance.restarts > 0 ? ProcessBuilder.Redirect.appendTo(instance.log.toFile())
						: ProcessBuilder.Redirect.to(instance.log.toFile()))
				.start();
			instance.state = State.STARTING;
		}
		catch (IOException ex) {
			instance.process = null;
			this.say.accept("could not start %s: %s".formatted(instance.name(), ex.getMessage()));
			crashed(instance, now);
		}
	}

	private void crashed(Instance instance, Instant now) {
		instance.crashesInARow++;
		Duration pause = this.backoff.after(instance.crashesInARow);
		instance.state = State.BACKOFF;
		instance.restartAt = now.plus(pause);
		if (instance.process != null) {
			int code = instance.process.exitValue();
			String signal = code > 128 ? " (killed by signal " + (code - 128) + ")" : "";
			this.say.accept("%s (pid %d) exited with code %d%s; restarting it in %s (crash %d in a row); log: %s"
				.formatted(instance.name(), instance.pid(), code, signal, describe(pause), instance.crashesInARow,
						instance.log));
		}
	}

	/** Stops the instances together: SIGTERM, then SIGKILL for those still alive after the grace period. */
	private void stop(List<Instance> chosen) throws InterruptedException {
		List<Process> processes = new ArrayList<>();
		synchronized (this) {
			for (Instance instance : chosen) {
				instance.state = State.STOPPING;
				if (instance.alive()) {
					instance.process.destroy();
					processes.add(instance.process);
				}
			}
			publish();
		}
		Instant deadline = Instant.now().plus(STOP_GRACE);
		for (Process process : processes) {
			long left = Math.max(0, Duration.between(Instant.now(), deadline).toMillis());
			if (!process.waitFor(left, TimeUnit.MILLISECONDS)) {
				process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		synchronized (this) {
			chosen.forEach(i -> i.state = State.STOPPED);
			publish();
		}
	}

	private void awaitUp(Instance instance, Consumer<String> progress) throws InterruptedException {
		Instant deadline = instance.startedAt.plus(STARTUP);
		while (instance.state != State.UP) {
			if (isStopping()) {
				throw new IllegalStateException("the run is stopping");
			}
			if (Instant.now().isAfter(deadline)) {
				throw new IllegalStateException("%s is not healthy %s after its start; see %s"
					.formatted(instance.name(), describe(STARTUP), instance.log));
			}
			Thread.sleep(200);
		}
		progress.accept("%s is healthy (pid %d, port %d, %s after its start)".formatted(instance.name(),
				instance.pid(), instance.port, Instance.seconds(instance.startedAt, instance.upSince)));
	}

	private void tickSafely() {
		try {
			tick();
		}
		catch (RuntimeException ex) {
			// a failed look (e.g. the state folder briefly unwritable) must not end the watching
			this.say.accept("supervisor: " + ex);
		}
	}

	/** Writes the table and the scrape targets. Called under the lock. */
	private void publish() {
		List<ProcessTable.Row> rows = this.instances.stream()
			.map(i -> new ProcessTable.Row(i.name(), i.spec.name(), i.alive() ? i.pid() : -1, i.port,
					i.state.name().toLowerCase(), i.restarts, i.startedAt))
			.toList();
		try {
			this.table.write(rows);
			if (this.targets != null) {
				this.targets.write(this.instances);
			}
		}
		catch (UncheckedIOException ex) {
			this.say.accept("supervisor: could not write the process table: " + ex.getCause().getMessage());
		}
	}

	private synchronized List<String> names() {
		return this.instances.stream().map(Instance::name).toList();
	}

	private static String describe(Duration duration) {
		return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("no free port on 127.0.0.1", ex);
		}
	}

}
