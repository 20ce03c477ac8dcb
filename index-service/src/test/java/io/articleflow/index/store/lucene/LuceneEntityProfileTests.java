package io.articleflow.index.store.lucene;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.articleflow.common.event.EntityIds;
import io.articleflow.common.event.EntityType;
import io.articleflow.index.TestArticles;
import io.articleflow.index.store.ArticleSummary;
import io.articleflow.index.store.EntityProfile;
import io.articleflow.index.store.FacetValue;

import static io.articleflow.index.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;

/** Entity pages and "more like this" on a real Lucene index. */
class LuceneEntityProfileTests {

	@TempDir
	Path directory;

	LuceneArticleIndex index;

	@BeforeEach
	void openIndexWithTheSample() throws IOException {
		this.index = LuceneArticleIndex.open(this.directory.resolve("index"), TestArticles.JSON);
		this.index.upsertAll(TestArticles.sample());
		this.index.upsertAll(List.of(article("d-adm").title("Defense ministers agree")
			.published("2022-11-24")
			.text("The ADMM, the ASEAN Defence Ministers' Meeting, agreed in Cambodia.")
			.entity("organization:asean", EntityType.ORGANIZATION, "ASEAN", "ASEAN", "ASEAN")
			.entity(EntityIds.of(EntityType.EVENT, "ASEAN Defence Ministers' Meeting"), EntityType.EVENT,
					"ASEAN Defence Ministers' Meeting", "ADMM", "ADMM",
					"ASEAN Defence Ministers' Meeting")
			.entity(EntityType.LOCATION, "Cambodia", "Cambodia")
			.indexable()));
		this.index.commit();
	}

	@AfterEach
	void closeIndex() throws IOException {
		this.index.close();
	}

	@Test
	void profileNamesTheEntityItsAliasesItsArticlesOldestFirstAndWhoAppearsWithIt() {
		EntityProfile vietnam = this.index.entity("Q881", 10).orElseThrow();

		assertThat(vietnam.id()).isEqualTo("Q881");
		assertThat(vietnam.type()).isEqualTo(EntityType.LOCATION);
		assertThat(vietnam.name()).isEqualTo("Vietnam");
		assertThat(vietnam.aliases()).containsExactly("Viet Nam");
		assertThat(vietnam.articles()).isEqualTo(2);
		assertThat(vietnam.timeline()).extracting(ArticleSummary::id).containsExactly("a-diplomacy", "c-rice");
		assertThat(vietnam.cooccurring().get(EntityType.ORGANIZATION)).extracting(FacetValue::name)
			.containsExactly("ASEAN", "Ministry of Industry and Trade");
		assertThat(vietnam.cooccurring().get(EntityType.PERSON)).extracting(FacetValue::name)
			.containsExactly("Phan Van Giang");
		assertThat(vietnam.cooccurring().get(EntityType.LOCATION)).as("never itself").isEmpty();
	}

	@Test
	void profileListsAcronymsAndCountsCooccurrencesOverAllItsArticles() {
		EntityProfile asean = this.index.entity("organization:asean", 10).orElseThrow();
		EntityProfile meeting = this.index.entity("ASEAN Defence Ministers' Meeting", 10).orElseThrow();

		assertThat(asean.articles()).isEqualTo(3);
		assertThat(asean.cooccurring().get(EntityType.LOCATION))
			.containsExactly(new FacetValue("Cambodia", "location:cambodia", 2), new FacetValue("Vietnam", "Q881", 1));
		assertThat(meeting.acronyms()).containsExactly("ADMM");
		assertThat(meeting.aliases()).containsExactly("ADMM");
	}

	@Test
	void unknownEntityHasNoProfile() {
		assertThat(this.index.entity("person:nobody", 10)).isEmpty();
	}

	@Test
	void moreLikeThisRanksArticlesBySharedEntitiesWithoutTheArticleItself() {
		assertThat(this.index.similar("b-asean", 5)).extracting(ArticleSummary::id)
			.containsExactly("d-adm", "a-diplomacy");
		assertThat(this.index.similar("c-rice", 5)).extracting(ArticleSummary::id).containsExactly("a-diplomacy");
		assertThat(this.index.similar("nope", 5)).isEmpty();
	}

}
