package io.articleflow.extract.cluster.kafka;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import io.articleflow.common.messaging.EventCodec;
import io.articleflow.extract.cluster.StoryClusterRegistry.RegisteredStory;
import io.articleflow.extract.cluster.StorySignature;

import static org.assertj.core.api.Assertions.assertThat;

class StoryRegistrationTests {

	private final EventCodec codec = new EventCodec(JsonMapper.builder().build());

	@Test
	void carriesTheClusterAndTheWholeSignatureThroughItsJson() {
		StorySignature signature = new StorySignature(new long[] { 1, -2, Long.MAX_VALUE },
				new long[] { Long.MIN_VALUE, 5 }, 3);

		byte[] json = this.codec.encode(StoryRegistration.of("story-1", signature));
		RegisteredStory story = this.codec.decode(json, StoryRegistration.class).toStory("doc-1");

		assertThat(story).isEqualTo(new RegisteredStory("doc-1", signature, "story-1"));
		assertThat(new String(json, StandardCharsets.UTF_8)).contains("\"version\":1");
	}

}
