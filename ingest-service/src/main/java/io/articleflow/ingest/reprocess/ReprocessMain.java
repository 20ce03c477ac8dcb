package io.articleflow.ingest.reprocess;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import ch.qos.logback.classic.Level;
import org.apache.kafka.clients.CommonClientConfigs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.articleflow.common.messaging.EventCodec;

/**
 * {@code ./pipeline reprocess --stale}: {@code BOOTSTRAP EXTRACT_URL --stale [--dry-run] [--timeout MINUTES]}. Asks
 * extract-service ({@code EXTRACT_URL/actuator/info}) for the running extractor's version, re-extracts every article
 * of another version through {@link StaleReprocessor}, and prints progress with a count and an ETA until all are
 * indexed anew. Exit code 1 when some were not done in time, 2 on bad arguments.
 */
public final class ReprocessMain {

	static final String USAGE = "usage: ./pipeline reprocess --stale [--dry-run] [--timeout MINUTES]";

	private ReprocessMain() {
	}

	public static void main(String[] args) throws IOException, InterruptedException {
		((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
		if (args.length < 3 || !args[2].equals("--stale")) {
			fail(USAGE);
		}
		boolean dryRun = false;
		Duration timeout = Duration.ofMinutes(30);
		for (int i = 3; i < args.length; i++) {
			switch (args[i]) {
				case "--dry-run" -> dryRun = true;
				case "--timeout" -> {
					if (i + 1 >= args.length || !args[i + 1].matches("\\d+")) {
						fail(USAGE);
					}
					timeout = Duration.ofMinutes(Long.parseLong(args[++i]));
				}
				default -> fail(USAGE);
			}
		}
		JsonMapper json = JsonMapper.builder().build();
		String running = runningVersion(args[1], json);
		StaleReprocessor reprocessor = new StaleReprocessor(Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG,
				args[0]), new EventCodec(json));
		StaleReprocessor.Plan plan = reprocessor.plan(running);
		System.out.println("Running extractor: " + running);
		System.out.println("Documents by extractor version (latest status of each):");
		plan.byVersion().forEach((version, count) -> System.out.printf(Locale.ROOT, "  %-36s %6d%s%n", version, count,
				version.equals(running) ? "  (running)" : "  (stale)"));
		System.out.println("Stale: " + plan.stale().size());
		if (dryRun || plan.stale().isEmpty()) {
			System.out.println(dryRun ? "Dry run: nothing sent." : "Nothing to reprocess.");
			return;
		}
		Set<String> sent = reprocessor.resend(plan.stale(), running);
		int missing = plan.stale().size() - sent.size();
		System.out.println("Sent " + sent.size() + " raw events to article-ingested again (read back from the topic, "
				+ "not the bucket)" + (missing > 0 ? "; " + missing + " not found there" : ""));
		long started = System.nanoTime();
		Set<String> pending = reprocessor.awaitIndexed(plan, sent, running, timeout, done -> {
			double seconds = Math.max(0.001, (System.nanoTime() - started) / 1e9);
			double rate = done / seconds;
			long eta = rate > 0 ? Math.round((sent.size() - done) / rate) : -1;
			System.out.printf(Locale.ROOT, "  reprocessed %d of %d (%d %%), %.1f articles/s, ETA %s%n", done,
					sent.size(), done * 100 / sent.size(), rate, eta < 0 ? "?" : eta + " s");
		});
		if (pending.isEmpty()) {
			System.out.printf(Locale.ROOT, "Done: %d articles re-extracted and indexed with %s in %.1f s%n",
					sent.size(), running, (System.nanoTime() - started) / 1e9);
			return;
		}
		System.out.println("Not indexed with " + running + " within " + timeout.toMinutes() + " min: " + pending.size()
				+ " (e.g. " + pending.iterator().next() + "; see ./pipeline status ID and ./pipeline failures)");
		System.exit(1);
	}

	private static String runningVersion(String extractUrl, JsonMapper json) throws IOException, InterruptedException {
		HttpResponse<String> info;
		try (HttpClient http = HttpClient.newHttpClient()) {
			info = http.send(HttpRequest.newBuilder(URI.create(extractUrl + "/actuator/info"))
				.timeout(Duration.ofSeconds(10))
				.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			fail("extract-service does not answer at " + extractUrl + ": " + ex.getMessage());
			throw ex;
		}
		JsonNode version = json.readTree(info.body()).at("/extractor/version");
		if (info.statusCode() != 200 || version.isMissingNode()) {
			fail("extract-service at " + extractUrl + " did not name its extractor version: " + info.body());
		}
		return version.asString();
	}

	private static void fail(String message) {
		System.err.println("pipeline: " + message);
		System.exit(2);
	}

}
