package io.articleflow.common.autoconfigure;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.junit.jupiter.api.Test;

import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.messaging.MessagingException;

import io.articleflow.common.messaging.InvalidEventException;

import static org.assertj.core.api.Assertions.assertThat;

class DeadLetterPublishingTests {

	@Test
	void reasonIsTheStagesOwnExplanationWhereItGaveOne() {
		Exception failure = new ListenerExecutionFailedException("Listener failed",
				new MessagingException("handler failed", new InvalidEventException(
						"not a ArticleIngested JSON event: Unexpected character", new IllegalStateException("x"))));

		assertThat(DeadLetterPublishing.reason(failure))
			.isEqualTo("not a ArticleIngested JSON event: Unexpected character");
	}

	@Test
	void reasonIsTheRootCauseOtherwise() {
		Exception failure = new ListenerExecutionFailedException("Listener failed",
				new UncheckedIOException("write failed", new IOException("No space left on device")));

		assertThat(DeadLetterPublishing.reason(failure)).isEqualTo("java.io.IOException: No space left on device");
	}

}
