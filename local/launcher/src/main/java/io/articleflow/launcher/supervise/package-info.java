/**
 * Keeping the processes of a local run alive: each one is described by a {@link io.articleflow.launcher.supervise.ProcessSpec},
 * started, probed, restarted with backoff when it dies, and stopped in reverse order at the end.
 */
package io.articleflow.launcher.supervise;
