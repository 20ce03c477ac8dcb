package io.articleflow.launcher.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.articleflow.launcher.supervise.ProcessTable.Row;

import static org.assertj.core.api.Assertions.assertThat;

class StatusReportTests {

	private static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");

	private static final List<Row> ROWS = List.of(
			new Row("kafka", "kafka", 100, 9092, "up", 0, NOW.minus(Duration.ofMinutes(12).plusSeconds(5))),
			new Row("extract-service", "extract-service", 200, 8082, "up", 1, NOW.minusSeconds(42)),
			new Row("extract-service-2", "extract-service", 300, 40123, "starting", 0, NOW.minusSeconds(3)));

	@Test
	void listsProcessesLagDeadLettersAndDocuments() {
		KafkaFigures kafka = KafkaFigures.of(
				List.of(new KafkaFigures.GroupLag("extract-service", "article-ingested", 2, 17),
						new KafkaFigures.GroupLag("index-service", "article-enriched", 1, 0)),
				List.of(new KafkaFigures.DeadLetters("article-ingested.extract-service.dlq", 3)));

		String report = StatusReport.render(42, ROWS, pid -> pid != 300, kafka, null, 5, null, NOW);

		assertThat(report).isEqualTo("""
				Processes (supervisor pid 42):
				  PROCESS              PID      PORT   STATE     RESTARTS  UP FOR
				  kafka                100      9092   up        0         12m05s
				  extract-service      200      8082   up        1         42s
				  extract-service-2    -        40123  dead      0         -
				Consumer groups (lag: records not processed yet):
				  GROUP                TOPIC                MEMBERS  LAG
				  extract-service      article-ingested     2        17
				  index-service        article-enriched     1        0
				Dead-letter topics (records):
				  article-ingested.extract-service.dlq       3
				Documents indexed: 5
				""");
	}

	@Test
	void saysWhyAFigureIsUnknown() {
		String report = StatusReport.render(-1, ROWS.subList(0, 1), pid -> false, null, "no run is going", -1,
				"no run is going", NOW);

		assertThat(report).isEqualTo("""
				Processes (no run is going; the last one left this table):
				  PROCESS              PID      PORT   STATE     RESTARTS  UP FOR
				  kafka                -        9092   stopped   0         -
				Consumer groups (lag: records not processed yet):
				  unknown: no run is going
				Dead-letter topics (records):
				  unknown: no run is going
				Documents indexed: unknown (no run is going)
				""");
	}

}
