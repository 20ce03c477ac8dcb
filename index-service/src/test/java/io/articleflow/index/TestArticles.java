package io.articleflow.index;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import io.articleflow.common.event.ArticleEnriched;
import io.articleflow.common.event.ArticleMetadata;
import io.articleflow.common.event.Byline;
import io.articleflow.common.event.Entity;
import io.articleflow.common.event.EntityIds;
import io.articleflow.common.event.EntityType;
import io.articleflow.common.event.Mention;
import io.articleflow.common.event.SourceFile;
import io.articleflow.index.store.IndexableArticle;

/** Builds {@link ArticleEnriched} events for tests, with mentions found in the text at their real offsets. */
public final class TestArticles {

	/** A plain Jackson 3 mapper, as Boot configures one for the service. */
	public static final JsonMapper JSON = JsonMapper.builder().build();

	private final String documentId;

	private String title;

	private String published;

	private String text = "";

	private String clusterId;

	private Instant enrichedAt = Instant.parse("2026-11-23T10:15:30Z");

	private final List<Entity> entities = new ArrayList<>();

	private TestArticles(String documentId) {
		this.documentId = documentId;
	}

	/** An article with this document id; by default no title, no date, empty text and no entities. */
	public static TestArticles article(String documentId) {
		return new TestArticles(documentId);
	}

	public TestArticles title(String title) {
		this.title = title;
		return this;
	}

	public TestArticles published(String published) {
		this.published = published;
		return this;
	}

	/** The story cluster; by default {@code c-} + the document id, a story of its own. */
	public TestArticles cluster(String clusterId) {
		this.clusterId = clusterId;
		return this;
	}

	/** When extraction finished: the event's version, which orders out-of-order deliveries. */
	public TestArticles enrichedAt(String instant) {
		this.enrichedAt = Instant.parse(instant);
		return this;
	}

	public TestArticles text(String text) {
		this.text = text;
		return this;
	}

	/** Adds an entity with the derived id; its mentions are every occurrence of {@code mentioned} in the text. */
	public TestArticles entity(EntityType type, String canonicalName, String mentioned) {
		return entity(EntityIds.of(type, canonicalName), type, canonicalName, mentioned);
	}

	/** Adds an entity with the given id; its mentions are every occurrence of {@code mentioned} in the text. */
	public TestArticles entity(String id, EntityType type, String canonicalName, String mentioned) {
		List<Mention> mentions = new ArrayList<>();
		for (int at = this.text.indexOf(mentioned); at >= 0; at = this.text.indexOf(mentioned, at + 1)) {
			mentions.add(new Mention(mentioned, at, at + mentioned.length()));
		}
		this.entities.add(new Entity(id, type, canonicalName, null, null, null, null, mentions));
		return this;
	}

	/** Adds an entity with the given id and acronym; its mentions are every occurrence of each string of the text. */
	public TestArticles entity(String id, EntityType type, String canonicalName, String acronym, String... mentioned) {
		List<Mention> mentions = new ArrayList<>();
		for (String each : mentioned) {
			for (int at = this.text.indexOf(each); at >= 0; at = this.text.indexOf(each, at + 1)) {
				mentions.add(new Mention(each, at, at + each.length()));
			}
		}
		mentions.sort(java.util.Comparator.comparingInt(Mention::start));
		this.entities.add(new Entity(id, type, canonicalName, null, null, acronym, null, mentions));
		return this;
	}

	public ArticleEnriched build() {
		SourceFile source = new SourceFile("file:///bucket/" + this.documentId + ".txt", this.documentId + ".txt",
				"text/plain", this.text.length(), "sha256:" + "ab".repeat(32), Map.of());
		ArticleMetadata metadata = new ArticleMetadata(this.title, this.published, new Byline("Nguyen Van A", null, null),
				"Communist Review", null, "eng");
		Instant now = Instant.parse("2026-11-23T10:15:30Z");
		return new ArticleEnriched(this.documentId, source, this.text, metadata, this.entities,
				(this.clusterId != null) ? this.clusterId : "c-" + this.documentId,
				"extractor test", now, now, this.enrichedAt);
	}

	/** The event as JSON, as extract-service publishes it. */
	public String json() {
		return JSON.writeValueAsString(build());
	}

	/** The article as the index takes it. */
	public IndexableArticle indexable() {
		return new IndexableArticle(build(), json());
	}

	/** Three articles about defense diplomacy and trade, with dates in 2022 and 2023. */
	public static List<IndexableArticle> sample() {
		return List.of(defenseDiplomacy().indexable(), aseanMeeting().indexable(), riceExports().indexable());
	}

	/** 2022-10-19; Phan Van Giang (PERSON), Vietnam (LOCATION), ASEAN (ORGANIZATION). */
	public static TestArticles defenseDiplomacy() {
		return article("a-diplomacy").title("Enhancing defense diplomacy in the new context")
			.published("2022-10-19T15:18")
			.text("General Phan Van Giang said defense diplomacy keeps Viet Nam at peace. "
					+ "Viet Nam will host ASEAN defense meetings.")
			.entity(EntityType.PERSON, "Phan Van Giang", "Phan Van Giang")
			.entity("Q881", EntityType.LOCATION, "Vietnam", "Viet Nam")
			.entity(EntityType.ORGANIZATION, "ASEAN", "ASEAN");
	}

	/** 2022-11-23; ASEAN (ORGANIZATION), Cambodia (LOCATION). */
	public static TestArticles aseanMeeting() {
		return article("b-asean").title("ASEAN ministers meet in Phnom Penh")
			.published("2022-11-23")
			.text("The ASEAN Defense Ministers Meeting opened in Cambodia on Wednesday.")
			.entity(EntityType.ORGANIZATION, "ASEAN", "ASEAN")
			.entity(EntityType.LOCATION, "Cambodia", "Cambodia");
	}

	/** 2023-03-01; Vietnam (LOCATION), Ministry of Industry and Trade (ORGANIZATION). */
	public static TestArticles riceExports() {
		return article("c-rice").title("Rice exports grow")
			.published("2023-03-01")
			.text("Viet Nam exported more rice, the Ministry of Industry and Trade said.")
			.entity("Q881", EntityType.LOCATION, "Vietnam", "Viet Nam")
			.entity(EntityType.ORGANIZATION, "Ministry of Industry and Trade", "Ministry of Industry and Trade");
	}

}
