package io.articleflow.common.event;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EntityIdsTests {

	@Test
	void idIsTypeAndAsciiSlugOfTheName() {
		assertThat(EntityIds.of(EntityType.ORGANIZATION, "Vietnam People's Army"))
			.isEqualTo("organization:vietnam-peoples-army");
		assertThat(EntityIds.of(EntityType.PERSON, "Đỗ Mười")).isEqualTo("person:do-muoi");
		assertThat(EntityIds.of(EntityType.LAW, "Resolution No. 22-NQ/TW")).isEqualTo("law:resolution-no-22-nq-tw");
	}

}
