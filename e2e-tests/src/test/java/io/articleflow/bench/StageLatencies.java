package io.articleflow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

import tools.jackson.databind.json.JsonMapper;

import io.articleflow.common.event.ArticleEnriched;

/**
 * Where the time from file seen to searchable went, stage by stage: the enriched events' own timestamps (seen and
 * ingested by ingest-service, enriched by extract-service) and the latency index-service logs for the article (from
 * the seen time on the event to the refresh that showed it), all from the one machine's clock. Extract's share
 * includes the hop from ingest over the broker, index's the hop from extract and the write and refresh.
 *
 * @param ingest file seen to its event acknowledged
 * @param extract event acknowledged to the enriched event sent
 * @param index enriched event sent to searchable
 * @param slowest the articles of the slowest percent end to end, how long each stage took them on average, ms:
 *     ingest, extract, index
 */
record StageLatencies(Latencies ingest, Latencies extract, Latencies index, double[] slowest) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** One article's times, ms. */
	record Stages(long ingest, long extract, long index) {

		long total() {
			return this.ingest + this.extract + this.index;
		}

	}

	/**
	 * @param enrichedDump the run's enriched events, one JSON per line ({@link TopicDump})
	 * @param log index-service's log, read already
	 */
	static StageLatencies of(Path enrichedDump, IndexedLog log) throws IOException {
		List<Stages> stages = new ArrayList<>();
		try (Stream<String> lines = Files.lines(enrichedDump)) {
			lines.forEach(line -> {
				ArticleEnriched event = JSON.readValue(line, ArticleEnriched.class);
				IndexedLog.Indexed indexed = log.get(event.documentId());
				if (indexed != null && event.seenAt() != null && event.ingestedAt() != null
						&& event.enrichedAt() != null) {
					// searchable: the seen time plus the latency index-service measured to the refresh that showed it
					Instant searchable = event.seenAt().plusMillis(indexed.latencyMillis());
					stages.add(new Stages(millis(event.seenAt(), event.ingestedAt()),
							millis(event.ingestedAt(), event.enrichedAt()), millis(event.enrichedAt(), searchable)));
				}
			});
		}
		return of(stages);
	}

	static StageLatencies of(List<Stages> stages) {
		List<Stages> bySlowest = stages.stream().sorted(Comparator.comparingLong(Stages::total).reversed()).toList();
		List<Stages> slowest = bySlowest.subList(0, (int) Math.ceil(bySlowest.size() / 100.0));
		return new StageLatencies(Latencies.of(stages.stream().map(Stages::ingest).toList()),
				Latencies.of(stages.stream().map(Stages::extract).toList()),
				Latencies.of(stages.stream().map(Stages::index).toList()),
				new double[] { mean(slowest, Stages::ingest), mean(slowest, Stages::extract),
						mean(slowest, Stages::index) });
	}

	private static double mean(List<Stages> stages, ToLongFunction<Stages> stage) {
		return stages.stream().mapToLong(stage).average().orElse(0);
	}

	private static long millis(Instant from, Instant to) {
		return Duration.between(from, to).toMillis();
	}

	@Override
	public String toString() {
		return String.format(Locale.ROOT, "ingest p50 %,d / p99 %,d ms, extract p50 %,d / p99 %,d ms, index p50 %,d / "
				+ "p99 %,d ms; the slowest 1 %% spent %.0f / %.0f / %.0f ms in them on average", this.ingest.p50(),
				this.ingest.p99(), this.extract.p50(), this.extract.p99(), this.index.p50(), this.index.p99(),
				this.slowest[0], this.slowest[1], this.slowest[2]);
	}

}
