package io.articleflow.common.test;

import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Validates event JSON against the contract's JSON Schemas on the classpath. */
public final class EventSchemas {

	private static final String BASE = "https://articleflow.io/schemas/";

	private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
			builder -> builder.schemaIdResolvers(resolvers -> resolvers.mapPrefix(BASE, "classpath:schemas/")));

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private EventSchemas() {
	}

	/**
	 * The schema violations of a JSON document; empty when it is valid.
	 * @param schemaPath the event's {@code SCHEMA} constant, e.g. {@code schemas/article-ingested-v1.schema.json}
	 */
	public static List<String> violations(String schemaPath, String json) {
		Schema schema = REGISTRY.getSchema(SchemaLocation.of(BASE + schemaPath.substring("schemas/".length())));
		JsonNode node = JSON.readTree(json);
		return schema.validate(node).stream().map(Error::toString).toList();
	}

}
