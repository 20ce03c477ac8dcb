package io.articleflow.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.articleflow.common.event.ArticleEnriched;
import io.articleflow.common.test.KafkaTestBroker;

import static io.articleflow.e2e.RunningPipeline.JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code ./pipeline reprocess --stale} on the running pipeline: once extract-service runs another extractor version
 * (an operator knowledge base changes it), the tool re-extracts every article of the old version from the raw events
 * kept in the compacted {@code article-ingested} topic, and every seed is indexed with the new version, the index
 * holding as many documents as before and each seed once.
 */
class ReprocessStaleIntegrationTests {

	private static RunningPipeline pipeline;

	@BeforeAll
	static void startPipeline() throws IOException {
		pipeline = RunningPipeline.get();
	}

	@Test
	void reExtractsEveryArticleOfAnOlderExtractorVersionWithoutDuplicates() throws Exception {
		String before = version();
		long documents = documents();
		for (String id : pipeline.seedIds) {
			assertThat(article(id).extractorVersion()).isEqualTo(before);
		}

		// Given extract-service with another knowledge base: another extractor version
		Path knowledgeBase = Files.createTempFile("operator-kb-", ".tsv");
		Files.writeString(knowledgeBase, "# an operator knowledge base with no entries: only the version changes\n");
		pipeline.restartExtract("--extract.analysis.knowledge-base-file=" + knowledgeBase);
		String after = version();
		assertThat(after).isNotEqualTo(before).startsWith(before).contains("+ops.");

		// When the stale articles are reprocessed
		ServiceProcess.ToolRun run = ServiceProcess.tool("ingest-service", "io.articleflow.ingest.reprocess.ReprocessMain",
				Duration.ofMinutes(5), KafkaTestBroker.bootstrapServers(),
				"http://127.0.0.1:" + pipeline.extract.port(), "--stale", "--timeout", "4");

		// Then each seed carries the new version, once, and the index holds as many documents as before
		assertThat(run.exitCode()).as(run.output()).isZero();
		assertThat(run.output()).contains("Running extractor: " + after, before + " ", "(stale)", "ETA",
				"articles re-extracted and indexed with " + after);
		for (String id : pipeline.seedIds) {
			assertThat(article(id).extractorVersion()).as(id).isEqualTo(after);
		}
		// upserts by document id: a duplicate would be one document more
		assertThat(documents()).isEqualTo(documents);
		ServiceProcess.ToolRun again = ServiceProcess.tool("ingest-service",
				"io.articleflow.ingest.reprocess.ReprocessMain", Duration.ofMinutes(2), KafkaTestBroker.bootstrapServers(),
				"http://127.0.0.1:" + pipeline.extract.port(), "--stale", "--dry-run");
		assertThat(again.output()).contains("Stale: 0");
	}

	private static String version() {
		JsonNode info = await().atMost(RunningPipeline.PATIENCE)
			.until(() -> JSON.readTree(pipeline.extract.get("/actuator/info").body()), node -> node.has("extractor"));
		return info.at("/extractor/version").asString();
	}

	private static long documents() {
		return JSON.readTree(pipeline.index.get("/api/stats").body()).get("documents").asLong();
	}

	private static ArticleEnriched article(String id) {
		return JSON.readValue(pipeline.index.get("/api/articles/" + id).body(), ArticleEnriched.class);
	}

}
