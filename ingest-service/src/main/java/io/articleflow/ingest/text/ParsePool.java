package io.articleflow.ingest.text;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs parses with a bound on both concurrency and time. At most {@code workers} parses run at once; a parse that
 * outlives the timeout is cancelled (its {@link Cancellation} flag is raised and its thread interrupted, which
 * makes Tika stop at the next piece of text or input it handles) and abandoned: its worker slot is given back at
 * once, so one pathological file cannot stall the service even if its parser ignores the cancellation for a while.
 */
public class ParsePool implements AutoCloseable {

	private static final int RUNNING = 0;

	private static final int FINISHED = 1;

	private static final int ABANDONED = 2;

	private final Semaphore slots;

	private final Duration timeout;

	private final ExecutorService threads = Executors
		.newCachedThreadPool(Thread.ofPlatform().name("tika-parse-", 0).daemon().factory());

	private final AtomicInteger abandoned = new AtomicInteger();

	public ParsePool(int workers, Duration timeout) {
		this.slots = new Semaphore(workers, true);
		this.timeout = timeout;
	}

	/** The time one parse may take. */
	public Duration timeout() {
		return this.timeout;
	}

	/** Parses that timed out and whose threads have not stopped yet. */
	public int abandoned() {
		return this.abandoned.get();
	}

	/**
	 * Runs the task in the pool and waits for its result.
	 * @param task the parse; it should check the cancellation it is given
	 * @throws TimeoutException when the task did not finish within the timeout; it has been cancelled
	 * @throws ExecutionException when the task threw
	 * @throws InterruptedException when the calling thread was interrupted while waiting; the task is cancelled
	 */
	public <T> T run(Task<T> task) throws TimeoutException, ExecutionException, InterruptedException {
		this.slots.acquire();
		AtomicBoolean released = new AtomicBoolean();
		Runnable release = () -> {
			if (released.compareAndSet(false, true)) {
				this.slots.release();
			}
		};
		Cancellation cancellation = new Cancellation();
		// RUNNING -> FINISHED when the task ends in time, RUNNING -> ABANDONED when the caller gives up first
		AtomicInteger state = new AtomicInteger(RUNNING);
		Future<T> future;
		try {
			future = this.threads.submit(() -> {
				Thread.interrupted(); // a pooled thread starts every task uninterrupted
				cancellation.attach(Thread.currentThread());
				try {
					if (cancellation.isCancelled()) {
						throw new CancellationException("cancelled before it started");
					}
					return task.call(cancellation);
				}
				finally {
					cancellation.detach();
					if (!state.compareAndSet(RUNNING, FINISHED)) {
						this.abandoned.decrementAndGet();
					}
					release.run();
				}
			});
		}
		catch (RuntimeException ex) {
			release.run();
			throw ex;
		}
		try {
			return future.get(this.timeout.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException | InterruptedException ex) {
			if (state.compareAndSet(RUNNING, ABANDONED)) {
				this.abandoned.incrementAndGet();
			}
			// the task is not cancelled through its future: it always runs to its finally, which keeps the count right
			cancellation.cancel();
			release.run();
			throw ex;
		}
	}

	@Override
	public void close() {
		this.threads.shutdownNow();
	}

	/** A parse that can be cancelled. */
	@FunctionalInterface
	public interface Task<T> {

		/** Parses, checking the cancellation as often as it can. */
		T call(Cancellation cancellation) throws Exception;

	}

	/** Raised when the parse timed out: the parse should stop as soon as it sees it. */
	public static final class Cancellation {

		private volatile boolean cancelled;

		private Thread runner;

		synchronized void attach(Thread thread) {
			this.runner = thread;
		}

		/** After this, cancelling no longer interrupts the thread, which goes back to the pool. */
		synchronized void detach() {
			this.runner = null;
		}

		synchronized void cancel() {
			this.cancelled = true;
			if (this.runner != null) {
				this.runner.interrupt();
			}
		}

		/** Whether the parse should stop. */
		public boolean isCancelled() {
			return this.cancelled;
		}

	}

}
