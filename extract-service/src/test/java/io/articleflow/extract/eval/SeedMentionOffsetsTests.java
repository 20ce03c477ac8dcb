package io.articleflow.extract.eval;

import java.util.Map;

import io.articleflow.common.event.Entity;
import io.articleflow.common.event.Mention;
import io.articleflow.extract.analysis.Analysis;
import io.articleflow.extract.analysis.SharedAnalyzer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SeedMentionOffsetsTests {

	@Test
	void everyMentionOfEverySeedSlicesTheCleanedTextExactly() {
		SeedCorpus.load().forEach((name, text) -> {
			// When
			Analysis analysis = SharedAnalyzer.get().analyze("offsets-" + name, text, Map.of());

			// Then
			assertThat(analysis.entities()).as(name).isNotEmpty();
			for (Entity entity : analysis.entities()) {
				assertThat(entity.mentions()).as(entity.canonicalName()).isNotEmpty();
				int previous = -1;
				for (Mention m : entity.mentions()) {
					assertThat(analysis.cleanedText().substring(m.start(), m.end())).as(name).isEqualTo(m.text());
					assertThat(m.start()).as("mentions in text order").isGreaterThan(previous);
					previous = m.start();
				}
			}
		});
	}

}
