package io.articleflow.extract.enrich;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.mock.MockProducerFactory;

import io.articleflow.common.event.ArticleEnriched;
import io.articleflow.common.event.ArticleIngested;
import io.articleflow.common.event.ArticleMetadata;
import io.articleflow.common.event.SourceFile;
import io.articleflow.common.limits.ArticleLimits;
import io.articleflow.common.messaging.CloudEventHeaders;
import io.articleflow.common.messaging.EventCodec;
import io.articleflow.common.messaging.InvalidEventException;
import io.articleflow.common.tracing.DocumentTracing;
import io.articleflow.extract.analysis.Analysis;
import io.articleflow.extract.analysis.ArticleAnalyzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ArticleBatchEnricherTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

	private static final EventCodec CODEC = new EventCodec(JsonMapper.builder().build());

	/** An analyzer that finds nothing, so the tests are about batches, not analysis. */
	private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer() {
		@Override
		public Analysis analyze(String documentId, String rawText, Map<String, String> sourceMetadata) {
			return new Analysis(rawText.strip(), new ArticleMetadata(null, null, null, null, null, "eng"), List.of(),
					"story-" + documentId);
		}

		@Override
		public String version() {
			return "1.0.0+kb.test";
		}
	};

	@Test
	void publishesTheEnrichedEventOfEveryRecordKeyedByDocumentIdWithCloudEventHeaders() {
		// Given a broker that acknowledges everything
		MockProducer<byte[], byte[]> producer = producer(true);

		// When a batch of two arrives
		batchEnricher(producer).enrich(List.of(raw("a"), raw("b")), List.of());

		// Then both are published, in order
		List<ProducerRecord<byte[], byte[]>> sent = producer.history();
		assertThat(sent).extracting(record -> new String(record.key(), StandardCharsets.UTF_8))
			.containsExactly(id("a"), id("b"));
		ProducerRecord<byte[], byte[]> first = sent.get(0);
		assertThat(first.topic()).isEqualTo("article-enriched");
		assertThat(CODEC.decode(first.value(), ArticleEnriched.class).text()).isEqualTo("Article a.");
		assertThat(header(first, CloudEventHeaders.TYPE)).isEqualTo(ArticleEnriched.EVENT_TYPE);
		assertThat(header(first, CloudEventHeaders.SOURCE)).isEqualTo("/articleflow/extract-service");
		assertThat(header(first, CloudEventHeaders.SUBJECT)).isEqualTo(id("a"));
		assertThat(header(first, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
	}

	@Test
	void namesTheFirstUnreadableRecordOnceTheEventsBeforeItArePublished() {
		MockProducer<byte[], byte[]> producer = producer(true);

		assertThatExceptionOfType(BatchListenerFailedException.class)
			.isThrownBy(() -> batchEnricher(producer).enrich(
					List.of(raw("a"), "{not json".getBytes(StandardCharsets.UTF_8), raw("c")), List.of()))
			.satisfies(ex -> {
				assertThat(ex.getIndex()).isEqualTo(1);
				assertThat(ex).hasRootCauseInstanceOf(tools.jackson.core.JacksonException.class)
					.hasCauseInstanceOf(InvalidEventException.class);
			});
		// the record before it is published; the ones after wait for the retry
		assertThat(producer.history()).hasSize(1);
	}

	@Test
	void namesARecordWithoutValueAsInvalid() {
		assertThatExceptionOfType(BatchListenerFailedException.class)
			.isThrownBy(() -> batchEnricher(producer(true)).enrich(java.util.Arrays.asList(raw("a"), null),
					List.of()))
			.satisfies(ex -> assertThat(ex.getIndex()).isEqualTo(1))
			.withCauseInstanceOf(InvalidEventException.class);
	}

	@Test
	void namesTheFirstRecordWhoseEventTheBrokerDidNotAcknowledge() {
		// Given a broker that acknowledges the first event and refuses the second
		MockProducer<byte[], byte[]> producer = producer(false);
		ArticleBatchEnricher batches = batchEnricher(producer);
		Thread broker = new Thread(() -> {
			while (producer.history().size() < 3) {
				Thread.onSpinWait();
			}
			producer.completeNext();
			producer.errorNext(new NotEnoughReplicasException("only 1 in sync"));
			producer.completeNext();
		});
		broker.setDaemon(true);
		broker.start();

		// When / Then the batch fails at that record, so its offset and the ones after are not committed
		assertThatExceptionOfType(BatchListenerFailedException.class)
			.isThrownBy(() -> batches.enrich(List.of(raw("a"), raw("b"), raw("c")), List.of()))
			.satisfies(ex -> assertThat(ex.getIndex()).isEqualTo(1))
			.withRootCauseInstanceOf(NotEnoughReplicasException.class);
	}

	@Test
	void failsTheBatchAtTheFirstEventNotAcknowledgedInTime() {
		// a broker that never answers
		ArticleBatchEnricher batches = batchEnricher(producer(false), Duration.ofMillis(50));

		assertThatExceptionOfType(BatchListenerFailedException.class)
			.isThrownBy(() -> batches.enrich(List.of(raw("a"), raw("b")), List.of()))
			.satisfies(ex -> assertThat(ex.getIndex()).isZero())
			.withMessageContaining("no acknowledgement within 50 ms");
	}

	private static ArticleBatchEnricher batchEnricher(MockProducer<byte[], byte[]> producer) {
		return batchEnricher(producer, Duration.ofSeconds(30));
	}

	private static ArticleBatchEnricher batchEnricher(MockProducer<byte[], byte[]> producer, Duration timeout) {
		KafkaTemplate<byte[], byte[]> kafka = new KafkaTemplate<>(new MockProducerFactory<>(() -> producer));
		return new ArticleBatchEnricher(new ArticleEnricher(ANALYZER, CLOCK), CODEC,
				new EnrichedArticlePublisher(kafka, "article-enriched", CODEC, timeout), DocumentTracing.noop(),
				new ExtractMetrics(new SimpleMeterRegistry()), ArticleLimits.defaults().maxEventBytes());
	}

	/** A broker stand-in; the template closes its producer after each send, as it does with a shared one. */
	private static MockProducer<byte[], byte[]> producer(boolean autoComplete) {
		return new MockProducer<>(autoComplete, null, new ByteArraySerializer(), new ByteArraySerializer()) {
			@Override
			public void close(java.time.Duration timeout) {
			}
		};
	}

	private static byte[] raw(String name) {
		String text = "Article " + name + ".";
		ArticleIngested event = new ArticleIngested(id(name), new SourceFile("file:///b/" + name + ".txt",
				name + ".txt", "text/plain", text.length(), "sha256:" + "0".repeat(64), Map.of()), text,
				Instant.parse("2026-11-23T11:59:58Z"), Instant.parse("2026-11-23T11:59:59Z"));
		return CODEC.encode(event);
	}

	private static String id(String name) {
		return (name + "0123456789abcdef0123456789abcdef").substring(0, 32);
	}

	private static String header(ProducerRecord<byte[], byte[]> record, String name) {
		return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
	}

}
