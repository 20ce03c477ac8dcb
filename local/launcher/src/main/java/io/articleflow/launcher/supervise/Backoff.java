package io.articleflow.launcher.supervise;

import java.time.Duration;

/**
 * The pause before restarting a process that crashed: doubling with every crash in a row, up to a ceiling, so a
 * process that cannot start does not spin the machine and one that crashed once is back at once.
 *
 * @param first the pause after the first crash
 * @param ceiling the longest pause
 * @param healthyFor how long a process must stay healthy for its crashes to be forgiven
 */
public record Backoff(Duration first, Duration ceiling, Duration healthyFor) {

	/** 1 s, 2 s, 4 s, ... up to 30 s; forgiven after a minute of health. */
	public static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30),
			Duration.ofMinutes(1));

	/** The pause after the {@code crashesInARow}-th crash in a row (1 for the first). */
	public Duration after(int crashesInARow) {
		Duration pause = this.first;
		for (int i = 1; i < crashesInARow && pause.compareTo(this.ceiling) < 0; i++) {
			pause = pause.multipliedBy(2);
		}
		return pause.compareTo(this.ceiling) > 0 ? this.ceiling : pause;
	}

}
