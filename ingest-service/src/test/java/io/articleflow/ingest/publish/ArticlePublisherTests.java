package io.articleflow.ingest.publish;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.messaging.Message;

import io.articleflow.common.event.ArticleIngested;
import io.articleflow.common.event.DocumentIds;
import io.articleflow.common.event.SourceFile;
import io.articleflow.common.messaging.EventCodec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;

class ArticlePublisherTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

	private final StreamBridge bridge = mock(StreamBridge.class);

	private final EventCodec codec = new EventCodec(JsonMapper.builder().build());

	@Test
	void sendsTheEventKeyedByItsDocumentId() {
		given(this.bridge.send(eq(ArticlePublisher.BINDING), any(Message.class))).willReturn(true);

		new ArticlePublisher(this.bridge, this.codec, CLOCK, 1024 * 1024).publish(event("ASEAN"));

		then(this.bridge).should().send(eq(ArticlePublisher.BINDING), any(Message.class));
	}

	@Test
	@SuppressWarnings("unchecked")
	void sendsTheEncodedEventAsAByteBufferOverItsBytes() {
		given(this.bridge.send(eq(ArticlePublisher.BINDING), any(Message.class))).willReturn(true);
		ArticleIngested event = event("ASEAN defence ministers met in Hanoi.");

		new ArticlePublisher(this.bridge, this.codec, CLOCK, 1024 * 1024).publish(event);

		ArgumentCaptor<Message<?>> sent = ArgumentCaptor.forClass(Message.class);
		then(this.bridge).should().send(eq(ArticlePublisher.BINDING), sent.capture());
		ByteBuffer payload = (ByteBuffer) sent.getValue().getPayload();
		byte[] bytes = new byte[payload.remaining()];
		payload.get(bytes);
		ArticleIngested decoded = this.codec.decode(bytes, ArticleIngested.class);
		assertThat(decoded.documentId()).isEqualTo(event.documentId());
		assertThat(decoded.text()).isEqualTo(event.text());
	}

	@Test
	void refusesAnEventOverTheRecordLimitWithoutSendingIt() {
		ArticlePublisher publisher = new ArticlePublisher(this.bridge, this.codec, CLOCK, 1000);

		assertThatExceptionOfType(EventTooLargeException.class)
			.isThrownBy(() -> publisher.publish(event("x".repeat(1000))))
			.withMessageMatching("the event would be \\d+ bytes, over the 1000 bytes a Kafka record may carry "
					+ "\\(max.request.size\\)");
		then(this.bridge).should(never()).send(any(), any());
	}

	@Test
	void reportsARecordTheBrokerRefusedAsTooLargeAsTooLarge() {
		given(this.bridge.send(eq(ArticlePublisher.BINDING), any(Message.class))).willThrow(new IllegalStateException(
				new ExecutionException(new RecordTooLargeException("The message is 2000000 bytes"))));

		assertThatExceptionOfType(EventTooLargeException.class)
			.isThrownBy(() -> new ArticlePublisher(this.bridge, this.codec, CLOCK, 16 * 1024 * 1024)
				.publish(event("ASEAN")))
			.withMessageContaining("Kafka refused the").withMessageContaining("as too large");
	}

	@Test
	void reportsABrokerThatDidNotAcknowledgeAsAPassingFailure() {
		given(this.bridge.send(eq(ArticlePublisher.BINDING), any(Message.class)))
			.willThrow(new IllegalStateException(new TimeoutException("no broker")));

		assertThatExceptionOfType(PublishFailedException.class)
			.isThrownBy(() -> new ArticlePublisher(this.bridge, this.codec, CLOCK, 16 * 1024 * 1024)
				.publish(event("ASEAN")));
	}

	private static ArticleIngested event(String text) {
		return new ArticleIngested(DocumentIds.of(text),
				new SourceFile("file:/a.txt", "a.txt", "text/plain", text.length(), DocumentIds.checksum(new byte[0]),
						null),
				text, CLOCK.instant(), CLOCK.instant());
	}

}
