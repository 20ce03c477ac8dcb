/** {@code ./pipeline status}: the processes, consumer lag per group, dead letters and documents indexed. */
package io.articleflow.launcher.status;
