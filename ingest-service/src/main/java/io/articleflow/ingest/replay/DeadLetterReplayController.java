package io.articleflow.ingest.replay;

import java.time.Clock;
import java.util.Map;

import org.apache.kafka.clients.CommonClientConfigs;

import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.articleflow.common.replay.DeadLetterReplay;
import io.articleflow.common.replay.ReplayRequest;
import io.articleflow.common.replay.ReplayResult;
import io.articleflow.common.replay.ReplaySince;

/**
 * {@code POST /api/admin/replay?topic=DLQ[&reason=TEXT][&since=TIME][&dryRun=true]}: replays the dead letters of a
 * dead-letter topic to the topics they came from, once each, and answers with the counts. An admin endpoint: it needs
 * the API token, and is refused while the service has none.
 */
@RestController
public class DeadLetterReplayController {

	private final DeadLetterReplay replay;

	private final Clock clock;

	public DeadLetterReplayController(KafkaProperties kafka, Clock clock) {
		this.clock = clock;
		this.replay = new DeadLetterReplay(
				Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, String.join(",", kafka.getBootstrapServers())),
				clock);
	}

	@PostMapping("/api/admin/replay")
	public ResponseEntity<?> replay(@RequestParam String topic, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String since, @RequestParam(defaultValue = "false") boolean dryRun) {
		ReplayRequest request;
		try {
			request = new ReplayRequest(topic, reason, ReplaySince.parse(since, this.clock), dryRun);
		}
		catch (IllegalArgumentException ex) {
			return ResponseEntity.badRequest().body(Map.of("error", "bad-request", "detail", ex.getMessage()));
		}
		ReplayResult result = this.replay.replay(request);
		return ResponseEntity.ok(result);
	}

}
