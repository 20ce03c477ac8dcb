package io.articleflow.index.store.opensearch;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.Logger;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.config.Property;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The in-JVM node must leave {@code System.out} to the console: OpenSearch points it at its log4j logger
 * {@code stdout}, and a console appender writing into that redirect deadlocks a printing and a logging thread.
 */
class OpenSearchTestNodeIntegrationTests {

	@Test
	void printingAfterTheNodeStartedDoesNotGoThroughLog4j() {
		OpenSearchTestNode.uri();
		List<String> logged = new CopyOnWriteArrayList<>();
		AbstractAppender capture = new AbstractAppender("capture-stdout", null, null, true, Property.EMPTY_ARRAY) {
			@Override
			public void append(LogEvent event) {
				logged.add(event.getMessage().getFormattedMessage());
			}
		};
		capture.start();
		Logger stdout = (Logger) LogManager.getLogger("stdout");
		Level level = stdout.getLevel();
		Configurator.setLevel("stdout", Level.ALL);
		stdout.addAppender(capture);
		try {
			String line = "printed-" + UUID.randomUUID();
			System.out.println(line);
			System.out.flush();
			assertThat(logged).as("lines of OpenSearch's stdout logger").noneMatch(message -> message.contains(line));
		}
		finally {
			stdout.removeAppender(capture);
			Configurator.setLevel("stdout", level);
			capture.stop();
		}
	}

}
