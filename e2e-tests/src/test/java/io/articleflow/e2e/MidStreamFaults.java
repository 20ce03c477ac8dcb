package io.articleflow.e2e;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import io.articleflow.e2e.FaultPipeline.Service;

import static io.articleflow.e2e.RunningPipeline.JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the fault tests share: articles flow through the pipeline on a broker of its own, something fails once part
 * of them is searchable, and in the end every article is searchable exactly once under its own document id. The
 * {@code *KilledIntegrationTests} kill one service with SIGKILL and start a new instance of it.
 */
final class MidStreamFaults {

	/** Small enough for a short test, enough that the stream is still flowing when the fault strikes. */
	static final int ARTICLES = 60;

	/** Dropped before the fault; the rest are dropped after it, while the pipeline recovers. */
	static final int BEFORE_FAULT = ARTICLES / 2;

	/** Searchable when the fault strikes: the stream is through the whole pipeline, the rest still to come. */
	static final int THROUGH_BEFORE_FAULT = 5;

	/** One article dropped per interval, so some are in flight in every service when the fault strikes. */
	static final Duration DROP_INTERVAL = Duration.ofMillis(100);

	static final Duration PATIENCE = Duration.ofSeconds(90);

	private MidStreamFaults() {
	}

	/** Runs the scenario against the given service and checks that nothing was lost or indexed twice. */
	static void killAndRestart(Service victim) throws Exception {
		Instant begin = Instant.now();
		try (KafkaCluster kafka = KafkaCluster.start(1, 1);
				FaultPipeline pipeline = FaultPipeline.start(kafka.bootstrapServers());
				GeneratedArticles articles = new GeneratedArticles(ARTICLES)) {
			log("pipeline up after " + Duration.between(begin, Instant.now()).toSeconds() + " s");
			articles.dropUpTo(BEFORE_FAULT, pipeline.bucket(), DROP_INTERVAL);
			await("first articles searchable").atMost(PATIENCE)
				.until(() -> pipeline.searchable() >= THROUGH_BEFORE_FAULT);
			int droppedAtKill = articles.dropped();
			long searchableAtKill = pipeline.searchable();
			pipeline.kill(victim);
			log("killed " + victim.module + " with " + searchableAtKill + " searchable, " + droppedAtKill + " of "
					+ ARTICLES + " dropped");
			articles.dropUpTo(ARTICLES, pipeline.bucket(), DROP_INTERVAL);
			pipeline.restart(victim);
			log(victim.module + " restarted");
			await("every article dropped").atMost(PATIENCE).until(articles::allDropped);
			await("every article searchable").atMost(PATIENCE).until(() -> pipeline.searchable() >= ARTICLES);

			assertEveryArticleSearchableOnce(pipeline, articles);
			sameFileDroppedAgainStaysOneArticle(pipeline, articles);
			log(victim.module + " killed and restarted: " + ARTICLES + " articles searchable once each, in "
					+ Duration.between(begin, Instant.now()).toSeconds() + " s");
		}
	}

	/** Every article searchable under its own id, none missing, none twice, nothing else. */
	static void assertEveryArticleSearchableOnce(FaultPipeline pipeline, GeneratedArticles articles) {
		List<String> expected = IntStream.range(0, articles.count()).mapToObj(articles::documentId).toList();
		assertThat(pipeline.searchable()).isEqualTo(articles.count());
		assertThat(pipeline.allHitIds()).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
		// one document per article in the text index too, not one per delivery
		for (int i = 0; i < articles.count(); i++) {
			assertThat(pipeline.hitIds(articles.marker(i))).as(articles.fileName(i))
				.containsExactly(articles.documentId(i));
		}
	}

	/** The same file dropped again after it was ingested goes through the whole pipeline and replaces itself. */
	static void sameFileDroppedAgainStaysOneArticle(FaultPipeline pipeline, GeneratedArticles articles)
			throws IOException {
		String id = articles.documentId(0);
		Instant firstEnriched = enrichedAt(pipeline, id);
		articles.drop(pipeline.bucket(), 0);
		await("the second copy of " + articles.fileName(0) + " indexed").atMost(PATIENCE)
			.until(() -> enrichedAt(pipeline, id).isAfter(firstEnriched));
		assertThat(pipeline.searchable()).isEqualTo(articles.count());
		assertThat(pipeline.hitIds(articles.marker(0))).containsExactly(id);
	}

	private static Instant enrichedAt(FaultPipeline pipeline, String id) {
		HttpResponse<String> article = pipeline.process(Service.INDEX).get("/api/articles/" + id);
		assertThat(article).isNotNull();
		assertThat(article.statusCode()).as(article.body()).isEqualTo(200);
		return Instant.parse(JSON.readTree(article.body()).get("enrichedAt").asString());
	}

	static void log(String message) {
		System.out.println("[faults] " + message);
	}

}
