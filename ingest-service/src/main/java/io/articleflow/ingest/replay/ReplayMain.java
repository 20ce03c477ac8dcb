package io.articleflow.ingest.replay;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import org.apache.kafka.clients.CommonClientConfigs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.articleflow.common.replay.DeadLetterReplay;
import io.articleflow.common.replay.ReplayRequest;
import io.articleflow.common.replay.ReplayResult;
import io.articleflow.common.replay.ReplaySince;

/**
 * {@code ./pipeline replay}: {@code BOOTSTRAP DLQ_TOPIC [--reason TEXT] [--since TIME] [--dry-run]}, straight on the
 * broker (the operator's own shell, like kcat), printing the counts. Exit code 2 on bad arguments.
 */
public final class ReplayMain {

	static final String USAGE = "usage: ./pipeline replay DLQ_TOPIC [--reason TEXT] [--since TIME] [--dry-run]";

	private ReplayMain() {
	}

	public static void main(String[] args) {
		// the Kafka clients' configuration dumps are not for people
		((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
		Clock clock = Clock.systemUTC();
		Deque<String> rest = new ArrayDeque<>(List.of(args));
		if (rest.size() < 2) {
			fail(USAGE);
		}
		String bootstrap = rest.removeFirst();
		String topic = rest.removeFirst();
		String reason = null;
		String since = null;
		boolean dryRun = false;
		while (!rest.isEmpty()) {
			String option = rest.removeFirst();
			switch (option) {
				case "--reason" -> reason = value(rest, option);
				case "--since" -> since = value(rest, option);
				case "--dry-run" -> dryRun = true;
				default -> fail(USAGE);
			}
		}
		ReplayRequest request;
		try {
			request = new ReplayRequest(topic, reason, ReplaySince.parse(since, clock), dryRun);
		}
		catch (IllegalArgumentException ex) {
			fail(ex.getMessage());
			return;
		}
		ReplayResult result = new DeadLetterReplay(Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
				clock)
			.replay(request);
		System.out.print(result.describe());
	}

	private static String value(Deque<String> rest, String option) {
		if (rest.isEmpty()) {
			fail(option + " needs a value; " + USAGE);
		}
		return rest.removeFirst();
	}

	private static void fail(String message) {
		System.err.println("pipeline: " + message);
		System.exit(2);
	}

}
