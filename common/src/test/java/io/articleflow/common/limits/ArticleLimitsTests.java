package io.articleflow.common.limits;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import io.articleflow.common.autoconfigure.PipelineDefaultsEnvironmentPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ArticleLimitsTests {

	@Test
	void theDefaultsLetTheLongestTextFitARecordWithItsKeyAndHeaders() {
		ArticleLimits limits = ArticleLimits.defaults();

		assertThat(limits.maxCharacters()).isEqualTo(1_000_000);
		assertThat(limits.maxRecordBytes()).isEqualTo(8L << 20);
		assertThat(limits.worstCaseEventBytes()).isEqualTo(3_065_536).isLessThan(limits.maxEventBytes());
		assertThat(limits.maxEventBytes()).isEqualTo((8L << 20) - 16 * 1024);
	}

	@Test
	void refusesATextLimitWhoseEventsWouldNotFitTheRecordLimit() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ArticleLimits(3_000_000, 8L << 20, 2000, 20_000))
			.withMessage("articleflow.limits.max-characters=3000000 allows events of up to 9065536 bytes (3 bytes of "
					+ "UTF-8 per character plus 65536), over articleflow.limits.max-record-bytes=8388608 less 16384 "
					+ "for the key and headers: lower it to at most 2768896 or raise the record limit to at least "
					+ "9081920");
	}

	@Test
	void bindsFromThePipelineDefaultsAndEveryKafkaLimitFollowsTheRecordLimit() {
		// Given the shared defaults with the record limit changed in one place, as an operator would
		StandardEnvironment environment = new StandardEnvironment();
		new PipelineDefaultsEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());
		environment.getPropertySources()
			.addFirst(new MapPropertySource("operator", Map.of("articleflow.limits.max-record-bytes", "4194304")));
		Binder binder = Binder.get(environment);

		// Then the limits and every Kafka size of the binder agree
		ArticleLimits limits = binder.bind("articleflow.limits", ArticleLimits.class).get();
		assertThat(limits.maxRecordBytes()).isEqualTo(4_194_304);
		assertThat(limits.maxCharacters()).isEqualTo(Integer.parseInt(ArticleLimits.DEFAULT_MAX_CHARACTERS));
		String kafkaBinder = "spring.cloud.stream.kafka.binder.";
		assertThat(binder.bind(kafkaBinder + "producer-properties", Bindable.mapOf(String.class, String.class)).get())
			.containsEntry("max.request.size", "4194304");
		assertThat(binder.bind(kafkaBinder + "consumer-properties", Bindable.mapOf(String.class, String.class)).get())
			.containsEntry("max.partition.fetch.bytes", "4194304")
			.containsEntry("fetch.max.bytes", "4194304");
		assertThat(binder.bind("spring.cloud.stream.kafka.default.producer.topic.properties",
				Bindable.mapOf(String.class, String.class)).get())
			.containsEntry("max.message.bytes", "4194304");
	}

	@Test
	void theDefaultsFileStatesTheSameDefaultsAsTheRecord() {
		StandardEnvironment environment = new StandardEnvironment();
		new PipelineDefaultsEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());

		assertThat(Map.of("chars", environment.getProperty("articleflow.limits.max-characters"), "bytes",
				environment.getProperty("articleflow.limits.max-record-bytes")))
			.containsEntry("chars", ArticleLimits.DEFAULT_MAX_CHARACTERS)
			.containsEntry("bytes", ArticleLimits.DEFAULT_MAX_RECORD_BYTES);
	}

}
