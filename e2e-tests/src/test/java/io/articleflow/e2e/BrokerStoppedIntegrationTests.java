package io.articleflow.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.articleflow.common.messaging.Topics;

import static io.articleflow.e2e.MidStreamFaults.ARTICLES;
import static io.articleflow.e2e.MidStreamFaults.BEFORE_FAULT;
import static io.articleflow.e2e.MidStreamFaults.DROP_INTERVAL;
import static io.articleflow.e2e.MidStreamFaults.PATIENCE;
import static io.articleflow.e2e.MidStreamFaults.THROUGH_BEFORE_FAULT;
import static io.articleflow.e2e.MidStreamFaults.log;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One broker of a three-broker KRaft cluster stopped mid-stream, with the topics provisioned the way production
 * asks for (replication factor 3 from the binder, min.insync.replicas 2 from the cluster): producers and consumers
 * move to the new partition leaders and nothing is lost.
 */
class BrokerStoppedIntegrationTests {

	private static final String REPLICATED = "replicas=3 min.insync.replicas=2";

	@Test
	void articlesFlowingWhenOneOfThreeBrokersStopsAreAllSearchableOnce() throws Exception {
		Instant begin = Instant.now();
		try (KafkaCluster kafka = KafkaCluster.start(3, 2);
				FaultPipeline pipeline = FaultPipeline.start(kafka.bootstrapServers(),
						"--spring.cloud.stream.kafka.binder.replication-factor=3");
				GeneratedArticles articles = new GeneratedArticles(ARTICLES)) {
			log("pipeline up on 3 brokers after " + Duration.between(begin, Instant.now()).toSeconds() + " s");
			// the binder provisioned the pipeline's topics at startup: each must survive the loss of one broker
			assertThat(kafka.replication(Set.of(Topics.ARTICLE_INGESTED, Topics.ARTICLE_ENRICHED, Topics.STORY_CLUSTERS)))
				.containsEntry(Topics.ARTICLE_INGESTED, REPLICATED)
				.containsEntry(Topics.ARTICLE_ENRICHED, REPLICATED)
				.containsEntry(Topics.STORY_CLUSTERS, REPLICATED);

			// the leader of a partition both services use, so leadership has to move under them
			int victim = kafka.leaderOf(Topics.ARTICLE_INGESTED, 0);
			articles.dropUpTo(BEFORE_FAULT, pipeline.bucket(), DROP_INTERVAL);
			await("first articles searchable").atMost(PATIENCE)
				.until(() -> pipeline.searchable() >= THROUGH_BEFORE_FAULT);
			long searchableAtStop = pipeline.searchable();
			int droppedAtStop = articles.dropped();
			kafka.stopBroker(victim);
			log("stopped broker " + victim + " with " + searchableAtStop + " searchable, " + droppedAtStop + " of "
					+ ARTICLES + " dropped");
			articles.dropUpTo(ARTICLES, pipeline.bucket(), DROP_INTERVAL);
			assertThat(kafka.leaderOf(Topics.ARTICLE_INGESTED, 0)).isNotEqualTo(victim);

			await("every article dropped").atMost(PATIENCE).until(articles::allDropped);
			await("every article searchable").atMost(PATIENCE).until(() -> pipeline.searchable() >= ARTICLES);
			MidStreamFaults.assertEveryArticleSearchableOnce(pipeline, articles);
			// a file leaves the bucket only once a broker acknowledged its event: none is left behind, none failed
			await("every file moved to processed/").atMost(PATIENCE)
				.until(() -> filesIn(pipeline.bucket()) == 0 && filesIn(pipeline.bucket().resolve("processed")) == ARTICLES);
			assertThat(filesIn(pipeline.bucket().resolve("failed"))).isZero();
			log("broker " + victim + " stopped: " + ARTICLES + " articles searchable once each, in "
					+ Duration.between(begin, Instant.now()).toSeconds() + " s");
		}
	}

	/** Regular files directly in the folder (0 when it does not exist). */
	private static long filesIn(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return 0;
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(Files::isRegularFile).count();
		}
	}

}
