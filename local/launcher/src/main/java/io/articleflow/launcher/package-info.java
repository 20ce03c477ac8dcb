/**
 * The launcher of the local run: {@code ./pipeline run} hands it the processes to keep alive, and
 * {@code ./pipeline restart|scale|status} talk to it through the run's state folder.
 */
package io.articleflow.launcher;
