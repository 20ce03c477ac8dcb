package io.articleflow.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;


import io.articleflow.common.event.ArticleIngested;
import io.articleflow.common.event.DocumentIds;
import io.articleflow.common.messaging.CloudEventHeaders;
import io.articleflow.common.test.EventSchemas;
import io.articleflow.common.test.TopicProbe;
import io.articleflow.ingest.bucket.IngestFailure;
import io.articleflow.ingest.samples.SampleCorpus;
import io.articleflow.ingest.samples.SampleCorpus.Sample;
import io.articleflow.ingest.support.RunningIngestService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The whole service on a directory bucket and the real broker: dropped files, the corpus, status and metrics. */
class IngestServiceIntegrationTests extends RunningIngestService {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	Path staging;

	@Test
	void publishesADroppedArticleToTheBrokerAndOnlyThenMovesItToProcessed() throws IOException {
		String text = "ASEAN defence ministers met in Vientiane on " + UUID.randomUUID() + ".";
		String id = DocumentIds.of(text);
		Files.writeString(bucket.resolve("vientiane.txt"), text);

		ConsumerRecord<String, String> record = ingested.await(r -> id.equals(r.key()), Duration.ofSeconds(30));

		assertThat(EventSchemas.violations(ArticleIngested.SCHEMA, record.value())).isEmpty();
		ArticleIngested event = JSON.readValue(record.value(), ArticleIngested.class);
		assertThat(event.text()).isEqualTo(text);
		assertThat(event.source().fileName()).isEqualTo("vientiane.txt");
		assertThat(TopicProbe.header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
		assertThat(TopicProbe.header(record, CloudEventHeaders.TYPE)).isEqualTo(ArticleIngested.EVENT_TYPE);
		assertThat(TopicProbe.header(record, CloudEventHeaders.SOURCE)).isEqualTo("/articleflow/ingest-service");
		assertThat(TopicProbe.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(id);
		assertThat(TopicProbe.header(record, CloudEventHeaders.ID)).matches("[0-9a-f-]{36}");
		assertThat(TopicProbe.header(record, CloudEventHeaders.TIME)).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(bucket.resolve("processed/vientiane.txt")).exists());
		assertThat(bucket.resolve("vientiane.txt")).doesNotExist();
	}

	@Test
	void carriesTheFileModificationTimeAsTheDocumentDateOfItsSource() throws IOException {
		String text = "Vietnam and Laos held defence talks on June 27. " + UUID.randomUUID();
		Path staged = Files.writeString(this.staging.resolve("talks.txt"), text);
		Files.setLastModifiedTime(staged, FileTime.from(Instant.parse("2022-06-28T03:15:42.5Z")));
		Files.move(staged, bucket.resolve("dated-talks.txt"));

		ConsumerRecord<String, String> record = ingested.await(r -> DocumentIds.of(text).equals(r.key()),
				Duration.ofSeconds(30));

		assertThat(EventSchemas.violations(ArticleIngested.SCHEMA, record.value())).isEmpty();
		ArticleIngested event = JSON.readValue(record.value(), ArticleIngested.class);
		assertThat(event.source().documentDate()).isEqualTo("2022-06-28T03:15:42Z");
	}

	@Test
	void takesTheSampleCorpusRefusingBadInputWithItsReasonAndLosingNothing() throws IOException {
		String folder = "corpus-" + UUID.randomUUID().toString().substring(0, 8);
		List<Sample> samples = SampleCorpus.write(this.staging, MAX_FILE_SIZE, MAX_CHARACTERS);
		List<Sample> bad = samples.stream().filter(sample -> !sample.isGood()).toList();
		List<Sample> good = samples.stream().filter(Sample::isGood).toList();

		// the bad input first: every file gets its reason in failed/
		bad.forEach(sample -> drop(folder, sample));
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(bad).allSatisfy(sample -> assertThat(
				bucket.resolve("failed/" + folder + "/" + sample.fileName() + ".error.json")).exists()));
		for (Sample sample : bad) {
			IngestFailure failure = JSON.readValue(
					bucket.resolve("failed/" + folder + "/" + sample.fileName() + ".error.json").toFile(),
					IngestFailure.class);
			assertThat(failure.file()).isEqualTo(folder + "/" + sample.fileName());
			assertThat(failure.code()).as(sample.fileName()).isEqualTo(sample.code());
			assertThat(failure.reason()).as(sample.fileName()).contains(sample.reason());
			assertThat(bucket.resolve("failed/" + folder + "/" + sample.fileName())).as(sample.fileName())
				.hasSameBinaryContentAs(this.staging.resolve(sample.fileName()));
		}

		// then the good files: the pipeline still flows, every one is published and moved
		good.forEach(sample -> drop(folder, sample));
		Map<String, ArticleIngested> events = new HashMap<>();
		for (Sample sample : good) {
			ConsumerRecord<String, String> record = ingested.await(
					r -> r.value().contains("/" + folder + "/" + sample.fileName() + "\""), Duration.ofSeconds(60));
			assertThat(EventSchemas.violations(ArticleIngested.SCHEMA, record.value())).as(sample.fileName()).isEmpty();
			ArticleIngested event = JSON.readValue(record.value(), ArticleIngested.class);
			assertThat(event.source().mediaType()).as(sample.fileName()).isEqualTo(sample.mediaType());
			assertThat(event.text().replaceAll("\\s+", " ")).as(sample.fileName()).contains(sample.excerpt());
			assertThat(event.source().metadata()).as(sample.fileName()).containsKeys(
					sample.metadata().keySet().toArray(String[]::new));
			events.put(sample.fileName(), event);
		}
		assertThat(events.get("duplicate-first-name.txt").documentId())
			.isEqualTo(events.get("duplicate-second-name.txt").documentId())
			.isEqualTo(events.get("jakarta-maritime-utf8.txt").documentId());
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(good).allSatisfy(sample -> assertThat(
				bucket.resolve("processed/" + folder + "/" + sample.fileName())).exists()));
		// nothing left behind: every file of the corpus is in processed/ or failed/, and its folder is gone
		assertThat(bucket.resolve(folder)).doesNotExist();
	}

	@Test
	void doesNotPickUpAFileWhileItIsWrittenAndPublishesItWholeOnceComplete() throws Exception {
		String name = "growing-" + UUID.randomUUID() + ".txt";
		Path file = bucket.resolve(name);
		Files.writeString(file, "ASEAN defence ministers met in Kuala Lumpur.\n");
		AtomicInteger lines = new AtomicInteger();
		ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor();
		writer.scheduleAtFixedRate(() -> append(file, "Line " + lines.incrementAndGet() + " of the report.\n"), 50,
				50, TimeUnit.MILLISECONDS);
		try {
			await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
				.until(() -> Files.exists(file) && !Files.exists(bucket.resolve("processed/" + name))
						&& !Files.exists(bucket.resolve("failed/" + name)));
		}
		finally {
			writer.shutdown();
			assertThat(writer.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
		}
		String complete = Files.readString(file);
		assertThat(lines.get()).isGreaterThan(10);

		ConsumerRecord<String, String> record = ingested.await(r -> r.value().contains("/" + name + "\""),
				Duration.ofSeconds(30));

		assertThat(JSON.readValue(record.value(), ArticleIngested.class).text()).isEqualTo(complete.strip());
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(bucket.resolve("processed/" + name)).hasContent(complete));
	}

	@Test
	void listsOutcomesInTheStatusFieldOrderThePipelineScriptReads() throws IOException {
		String name = "status-" + UUID.randomUUID() + ".png";
		Files.write(bucket.resolve(name), SampleCorpus.png());
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(bucket.resolve("failed/" + name + ".error.json")).exists());

		String status = http().get("/api/ingest/status").body();

		// the same expression as ./pipeline's ingest_outcomes
		Matcher entry = Pattern.compile("\\{\"key\":\"" + Pattern.quote(name)
				+ "\",\"status\":\"([A-Z]*)\"(,\"documentId\":(\"[0-9a-f]*\"|null))?(,\"reason\":\"([^\"]*)\")?")
			.matcher(status);
		assertThat(entry.find()).as(status).isTrue();
		assertThat(entry.group(1)).isEqualTo("FAILED");
		assertThat(entry.group(5)).startsWith("unsupported type image/png");
		assertThat(status).startsWith("{\"published\":").contains("\"code\":\"unsupported-type\"", "\"seen\":",
				"\"pending\":");
	}

	@Test
	void exposesIngestMetricsToPrometheus() throws IOException {
		String name = "metrics-" + UUID.randomUUID() + ".txt";
		Files.write(bucket.resolve(name), new byte[0]);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(bucket.resolve("failed/" + name + ".error.json")).exists());

		String metrics = http().get("/actuator/prometheus").body();

		assertThat(metrics).containsPattern(
				"articleflow_ingest_files_total\\{application=\"ingest-service\",outcome=\"failed\",reason=\"empty\"} [1-9]")
			.containsPattern("articleflow_ingest_files_seen_total\\{application=\"ingest-service\"} [1-9]")
			.contains("articleflow_ingest_files_pending{application=\"ingest-service\"}",
					"articleflow_ingest_files_total{application=\"ingest-service\",outcome=\"published\",reason=\"none\"}",
					"articleflow_ingest_parse_seconds_count{application=\"ingest-service\",format=");
	}

	/** Copies a sample into the bucket under a hidden name, then renames it: it appears complete at once. */
	private void drop(String folder, Sample sample) {
		try {
			Path target = bucket.resolve(folder).resolve(sample.fileName());
			Path hidden = target.resolveSibling("." + sample.fileName());
			Files.createDirectories(target.getParent());
			Files.copy(this.staging.resolve(sample.fileName()), hidden, StandardCopyOption.REPLACE_EXISTING);
			Files.move(hidden, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void append(Path file, String line) {
		try {
			Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
