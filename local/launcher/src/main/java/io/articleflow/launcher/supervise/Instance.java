package io.articleflow.launcher.supervise;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * One running (or restarting) copy of a process: its port, its current process and its history. Mutated only by
 * the {@link Supervisor}, under its lock.
 */
final class Instance {

	/** Where an instance is in its life. */
	enum State {

		/** started, not healthy yet */
		STARTING,
		/** healthy */
		UP,
		/** crashed, waiting for its restart */
		BACKOFF,
		/** being stopped on purpose */
		STOPPING,
		/** stopped on purpose */
		STOPPED

	}

	final ProcessSpec spec;

	final int ordinal;

	final int port;

	final Path log;

	Process process;

	volatile State state = State.STOPPED;

	Instant startedAt;

	Instant upSince;

	/** When a crashed instance is due to start again. */
	Instant restartAt;

	/** Crashes since it last stayed healthy long enough; sets the backoff. */
	int crashesInARow;

	/** Every start after the first, crash or request. */
	int restarts;

	/** Whether the next time it is healthy is worth telling (it came back after a crash or a restart). */
	boolean announceHealthy;

	Instance(ProcessSpec spec, int ordinal, int port, Path logs) {
		this.spec = spec;
		this.ordinal = ordinal;
		this.port = port;
		this.log = logs.resolve(name() + ".log");
	}

	/** {@code extract-service} for the first instance, {@code extract-service-2} for the second, ... */
	String name() {
		return this.ordinal == 1 ? this.spec.name() : this.spec.name() + "-" + this.ordinal;
	}

	long pid() {
		return this.process == null ? -1 : this.process.pid();
	}

	boolean alive() {
		return this.process != null && this.process.isAlive();
	}

	static String seconds(Instant from, Instant to) {
		return Duration.between(from, to).toSeconds() + " s";
	}

}
