package io.articleflow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How much of the machine other processes used while one process ran, from {@code /proc/stat} (all cores' busy and
 * total clock ticks) and the process's own CPU ticks. A raw limit measured while something else ran (a build, a
 * log cleaner, another bench) is understated; on two cores one busy neighbour halves a two-thread figure, so the
 * report says how busy the machine was beside each figure instead of leaving the reader to guess.
 */
final class MachineLoad {

	/** Above this share of the machine used by others, a figure is reported as understated. */
	static final double BUSY_SHARE = 0.10;

	private static final long SAMPLE_MILLIS = 100;

	private final long pid;

	private final long[] machineBefore;

	private final long processBefore;

	private volatile long processLast;

	private final Thread sampler;

	private MachineLoad(long pid) {
		this.pid = pid;
		this.machineBefore = machineTicks();
		this.processBefore = Math.max(0, ProcessUsage.cpuTicks(pid));
		this.processLast = this.processBefore;
		// the process's CPU can only be read while it lives: keep its last reading
		this.sampler = Thread.ofPlatform().daemon().name("machine-load-" + pid).start(this::sample);
	}

	/** Starts watching the machine beside the process (just started). */
	static MachineLoad watch(Process process) {
		return new MachineLoad(process.pid());
	}

	/**
	 * The share (0-1) of the machine's CPU that other processes used since {@link #watch}, to be called once the
	 * process has ended; NaN where {@code /proc} cannot be read.
	 */
	double othersShare() throws InterruptedException {
		this.sampler.join();
		long[] after = machineTicks();
		if (this.machineBefore == null || after == null || after[1] <= this.machineBefore[1]) {
			return Double.NaN;
		}
		long busy = after[0] - this.machineBefore[0];
		long total = after[1] - this.machineBefore[1];
		long own = this.processLast - this.processBefore;
		return Math.clamp((double) (busy - own) / total, 0.0, 1.0);
	}

	/** The CPU ticks of the watched process since {@link #watch}, after {@link #othersShare}. */
	long ownTicks() {
		return this.processLast - this.processBefore;
	}

	private void sample() {
		while (true) {
			long ticks = ProcessUsage.cpuTicks(this.pid);
			if (ticks < 0) {
				return;
			}
			this.processLast = ticks;
			try {
				Thread.sleep(SAMPLE_MILLIS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/** {@code [busy, total]} ticks of all cores since boot, or {@code null}. */
	static long[] machineTicks() {
		try {
			String cpu = Files.readAllLines(Path.of("/proc/stat")).getFirst();
			return parse(cpu);
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

	/** The busy and total ticks of a {@code /proc/stat} "cpu" line: idle and iowait are not busy. */
	static long[] parse(String cpuLine) {
		String[] fields = cpuLine.trim().split("\\s+");
		long total = 0;
		long idle = 0;
		// user nice system idle iowait irq softirq steal (guest time is already counted in user)
		for (int i = 1; i < Math.min(fields.length, 9); i++) {
			long ticks = Long.parseLong(fields[i]);
			total += ticks;
			if (i == 4 || i == 5) {
				idle += ticks;
			}
		}
		return new long[] { total - idle, total };
	}

}
