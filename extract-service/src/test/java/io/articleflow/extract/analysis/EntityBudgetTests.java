package io.articleflow.extract.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.articleflow.common.event.Entity;
import io.articleflow.common.event.EntityType;
import io.articleflow.common.event.Mention;

import static org.assertj.core.api.Assertions.assertThat;

class EntityBudgetTests {

	@Test
	void keepsEntitiesWithinBothCapsAsTheyAre() {
		List<Entity> entities = List.of(entity("a", 3), entity("b", 1));

		assertThat(new EntityBudget(2, 4).apply(entities)).isSameAs(entities);
	}

	@Test
	void leavesOutTheEntitiesWithTheFewestMentionsKeepingTheOrderOfTheOthers() {
		List<Entity> entities = List.of(entity("a", 1), entity("b", 5), entity("c", 2), entity("d", 2), entity("e", 4));

		assertThat(new EntityBudget(3, 100).apply(entities)).extracting(Entity::canonicalName)
			.containsExactly("b", "c", "e");
	}

	@Test
	void sharesTheMentionCapSoThatEveryEntityKeepsItsFirstMentions() {
		// 10 + 2 + 6 + 1 = 19 mentions for a cap of 10: a share of 3 uses 3 + 2 + 3 + 1 = 9, the one left goes to
		// the first entity that has more
		List<Entity> entities = List.of(entity("a", 10), entity("b", 2), entity("c", 6), entity("d", 1));

		List<Entity> capped = new EntityBudget(10, 10).apply(entities);

		assertThat(capped).extracting(entity -> entity.mentions().size()).containsExactly(4, 2, 3, 1);
		assertThat(capped.get(0).mentions()).isEqualTo(entities.get(0).mentions().subList(0, 4));
		assertThat(capped.get(1)).isSameAs(entities.get(1));
		assertThat(capped.stream().mapToInt(entity -> entity.mentions().size()).sum()).isEqualTo(10);
	}

	@Test
	void boundsAPathologicalArticleToBothCaps() {
		List<Entity> entities = new ArrayList<>();
		IntStream.range(0, 50_000).forEach(i -> entities.add(entity("name " + i, 1 + i % 40)));

		List<Entity> capped = new EntityBudget(2000, 20_000).apply(entities);

		assertThat(capped).hasSize(2000);
		assertThat(capped.stream().mapToInt(entity -> entity.mentions().size()).sum()).isEqualTo(20_000);
	}

	private static Entity entity(String name, int mentions) {
		List<Mention> found = IntStream.range(0, mentions)
			.mapToObj(i -> new Mention(name, i * 100, i * 100 + name.length()))
			.toList();
		return new Entity("id-" + name, EntityType.ORGANIZATION, name, null, null, null, null, found);
	}

}
