package io.articleflow.extract.analysis;

import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import io.articleflow.common.event.Entity;
import io.articleflow.common.event.Mention;
import io.articleflow.common.limits.ArticleLimits;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DefaultArticleAnalyzerTests {

	private static final String ARTICLE = """
			Tuesday, May 14, 2024 11:05
			Vietnam, Laos review defence cooperation

			leftcenterrightdel
			Vientiane - Senior Lieutenant General Hoang Xuan Chien held talks with Lieutenant General Khamlieng Outhakaysone \
			in Vientiane on May 13. General Chien said the Vietnam People's Army (VPA) would keep training Lao officers.

			Your Comment (0)

			Another story
			Teaser text of another article.
			""";

	@Test
	void analysesAnArticleIntoCleanedTextMetadataEntitiesAndCluster() {
		// When
		Analysis analysis = SharedAnalyzer.get().analyze("analyzer-test-1", ARTICLE, Map.of());

		// Then
		assertThat(analysis.cleanedText()).doesNotContain("leftcenterrightdel", "Your Comment", "Teaser");
		assertThat(analysis.metadata().title()).isEqualTo("Vietnam, Laos review defence cooperation");
		assertThat(analysis.metadata().published()).isEqualTo("2024-05-14T11:05");
		assertThat(analysis.entities()).extracting(Entity::canonicalName)
			.contains("Vietnam", "Laos", "Vientiane", "Hoang Xuan Chien", "Khamlieng Outhakaysone", "2024-05-13",
					"Vietnam People's Army");
		assertThat(analysis.entities()).flatExtracting(Entity::mentions)
			.allSatisfy(m -> assertThat(analysis.cleanedText().substring(m.start(), m.end())).isEqualTo(m.text()));
		assertThat(analysis.entities()).filteredOn(e -> e.canonicalName().equals("Hoang Xuan Chien"))
			.singleElement()
			.satisfies(e -> assertThat(e.mentions()).extracting(Mention::text).containsExactly("Hoang Xuan Chien", "Chien"));
		assertThat(analysis.clusterId()).startsWith("story-");
	}

	@Test
	void givesTheSameClusterWhenADocumentIsAnalysedAgain() {
		ArticleAnalyzer analyzer = SharedAnalyzer.get();
		String first = analyzer.analyze("analyzer-test-2", ARTICLE, Map.of()).clusterId();
		String again = analyzer.analyze("analyzer-test-2", ARTICLE, Map.of()).clusterId();
		assertThat(again).isEqualTo(first);
	}

	@Test
	void analysesConcurrentlyAsItDoesSequentially() throws Exception {
		// Given the seeds analysed one after the other
		ArticleAnalyzer analyzer = SharedAnalyzer.get();
		Map<String, String> seeds = io.articleflow.extract.eval.SeedCorpus.load();
		Map<String, java.util.List<Entity>> sequential = new java.util.HashMap<>();
		seeds.forEach((name, text) -> sequential.put(name, analyzer.analyze("seq-" + name, text, Map.of()).entities()));

		// When four threads analyse them again, each all of them
		java.util.List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
		try (var pool = java.util.concurrent.Executors.newFixedThreadPool(4)) {
			for (int thread = 0; thread < 4; thread++) {
				int id = thread;
				results.add(pool.submit(() -> seeds.entrySet()
					.stream()
					.allMatch(seed -> analyzer.analyze("par-" + id + "-" + seed.getKey(), seed.getValue(), Map.of())
						.entities()
						.equals(sequential.get(seed.getKey())))));
			}
			// Then every thread found exactly the same entities
			for (var result : results) {
				assertThat(result.get()).isTrue();
			}
		}
	}

	@Test
	void refusesTextOverTheCharacterLimitBeforeAnyWork() {
		String text = "a".repeat(ArticleLimits.defaults().maxCharacters() + 1);

		assertThatExceptionOfType(TextTooLongException.class)
			.isThrownBy(() -> SharedAnalyzer.get().analyze("analyzer-too-long", text, Map.of()))
			.withMessage("the text has 1000001 characters, over the 1000000 an article may have "
					+ "(articleflow.limits.max-characters)");
	}

	@Test
	void capsTheEntitiesAndMentionsOfTheLongestArticleWrittenToHoldAsManyNamesAsPossible() {
		// Given 1,000,000 characters of sentences that each name a person, a ministry, a province and a forum never
		// seen before (some 12,000 entities and 43,000 mentions before the caps)
		ArticleLimits limits = ArticleLimits.defaults();
		Random random = new Random(7);
		String[] syllables = { "ka", "lo", "mi", "ran", "tu", "vel", "sho", "ne", "di", "gor" };
		Supplier<String> name = () -> {
			StringBuilder word = new StringBuilder();
			for (int i = 2 + random.nextInt(2); i > 0; i--) {
				word.append(syllables[random.nextInt(syllables.length)]);
			}
			return Character.toUpperCase(word.charAt(0)) + word.substring(1);
		};
		StringBuilder text = new StringBuilder(limits.maxCharacters() + 200);
		while (text.length() < limits.maxCharacters() - 200) {
			text.append("General ").append(name.get()).append(' ').append(name.get()).append(" of the ")
				.append(name.get()).append(" Ministry met officials in ").append(name.get()).append(" Province at the ")
				.append(name.get()).append(" Forum on March 3, 2024. ");
		}

		// When it is analysed
		Analysis analysis = SharedAnalyzer.get().analyze("analyzer-many-names", text.toString(), Map.of());

		// Then what it carries stays within the caps, every mention still slicing the text
		assertThat(analysis.entities()).hasSizeLessThanOrEqualTo(limits.maxEntities()).hasSizeGreaterThan(1000);
		assertThat(analysis.entities().stream().mapToInt(entity -> entity.mentions().size()).sum())
			.isLessThanOrEqualTo(limits.maxMentions());
		assertThat(analysis.entities()).allSatisfy(entity -> assertThat(entity.mentions()).isNotEmpty()
			.allSatisfy(mention -> assertThat(analysis.cleanedText().substring(mention.start(), mention.end()))
				.isEqualTo(mention.text())));
	}

	@Test
	void versionsTheCodeAndTheKnowledgeBase() {
		assertThat(SharedAnalyzer.get().version()).startsWith(DefaultArticleAnalyzer.CODE_VERSION + "+kb.");
	}

	@Test
	void analysesAnEmptyTextIntoNothing() {
		Analysis analysis = SharedAnalyzer.get().analyze("analyzer-test-3", "", null);
		assertThat(analysis.cleanedText()).isEmpty();
		assertThat(analysis.entities()).isEmpty();
	}

}
