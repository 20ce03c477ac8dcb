package io.articleflow.index;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.articleflow.common.messaging.Topics;
import io.articleflow.common.test.KafkaTestBroker;
import io.articleflow.index.store.ArticleIndex;
import io.articleflow.index.store.opensearch.OpenSearchTestNode;

import static io.articleflow.index.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Scale-out on the OpenSearch backend: two index-service applications in one consumer group, on the shared real
 * broker ({@link KafkaTestBroker}) and one OpenSearch node ({@link OpenSearchTestNode}) behind one alias, split the
 * partitions of {@code article-enriched} between them and index every article exactly once; when one stops, the
 * other takes over all partitions and indexes what follows. Which instance holds which partitions is read from the
 * broker (the group's description), how many articles each indexed from its own meter registry.
 */
class IndexServiceScaleOutIntegrationTests {

	private static final int PARTITIONS = 4;

	private static final Duration TIMEOUT = Duration.ofSeconds(90);

	private final String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);

	private final String alias = "scale-out-" + this.run;

	/** A word only this run's articles contain, letters only, so the analyzer keeps it one token. */
	private final String marker = "qzscale" + this.run.replaceAll("[0-9]", "") + "w";

	private final HttpClient http = HttpClient.newHttpClient();

	private final Map<String, ConfigurableApplicationContext> instances = new TreeMap<>();

	@AfterEach
	void stopInstancesAndDeleteTheIndex() throws IOException, InterruptedException {
		this.instances.values().forEach(ConfigurableApplicationContext::close);
		send("DELETE", OpenSearchTestNode.uri() + "/" + this.alias + "-v*", null);
		send("DELETE", OpenSearchTestNode.uri() + "/_index_template/" + this.alias + "-template", null);
		this.http.close();
	}

	@Test
	void twoInstancesSplitThePartitionsAndIndexEachArticleOnceAndTheSurvivorTakesOverAll() throws Exception {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
				KafkaTestBroker.bootstrapServers()))) {
			createEnrichedTopic(admin);
			start("instance-a");
			start("instance-b");

			// the binder may add partitions up to its minimum count on start-up: the topic's partitions are read after
			Map<String, Set<Integer>> split = await().atMost(TIMEOUT)
				.until(() -> assignments(admin), assigned -> assigned.size() == 2
						&& assigned.values().stream().noneMatch(Set::isEmpty)
						&& assigned.values().stream().mapToInt(Set::size).sum() == partitions(admin).size());
			Set<Integer> all = partitions(admin);
			assertThat(all).hasSizeGreaterThanOrEqualTo(2);
			assertThat(split).containsOnlyKeys("instance-a", "instance-b");
			Set<Integer> both = new HashSet<>(split.get("instance-a"));
			both.retainAll(split.get("instance-b"));
			assertThat(both).as("partitions assigned to both instances").isEmpty();
			assertThat(union(split.values())).isEqualTo(all);

			List<String> first = ids("first", 40);
			Set<Integer> written = publish(first);
			assertThat(split.values()).as("the keys reach partitions of both instances (%s)", written)
				.allSatisfy(partitions -> assertThat(partitions).containsAnyElementsOf(written));

			await().atMost(TIMEOUT).untilAsserted(() -> assertThat(index().count()).isEqualTo(first.size()));
			assertEachIndexedOnce(first);
			double indexedByA = indexed("instance-a");
			double indexedByB = indexed("instance-b");
			assertThat(indexedByA).as("articles indexed by instance-a, partitions %s", split).isPositive();
			assertThat(indexedByB).as("articles indexed by instance-b, partitions %s", split).isPositive();
			assertThat(indexedByA + indexedByB).as("articles indexed by both").isEqualTo(first.size());

			this.instances.remove("instance-a").close();

			await().atMost(TIMEOUT)
				.untilAsserted(() -> assertThat(assignments(admin)).isEqualTo(Map.of("instance-b", all)));
			List<String> second = ids("second", 20);
			publish(second);

			List<String> everything = new ArrayList<>(first);
			everything.addAll(second);
			await().atMost(TIMEOUT).untilAsserted(() -> assertThat(index().count()).isEqualTo(everything.size()));
			assertEachIndexedOnce(everything);
			assertThat(indexed("instance-b") - indexedByB).as("articles instance-b indexed after the takeover")
				.isEqualTo(second.size());
		}
	}

	/**
	 * {@code article-enriched} with at least {@value #PARTITIONS} partitions, made before any binder runs, so that the
	 * test does not depend on how many partitions the binder would create.
	 */
	private static void createEnrichedTopic(Admin admin) throws InterruptedException, ExecutionException {
		try {
			admin.createTopics(List.of(new NewTopic(Topics.ARTICLE_ENRICHED, PARTITIONS, (short) 1))).all().get();
		}
		catch (ExecutionException ex) {
			if (!(ex.getCause() instanceof TopicExistsException)) {
				throw ex;
			}
			int existing = admin.describeTopics(List.of(Topics.ARTICLE_ENRICHED))
				.allTopicNames()
				.get()
				.get(Topics.ARTICLE_ENRICHED)
				.partitions()
				.size();
			if (existing < PARTITIONS) {
				admin.createPartitions(Map.of(Topics.ARTICLE_ENRICHED, NewPartitions.increaseTo(PARTITIONS))).all().get();
			}
		}
	}

	/** The partitions {@code article-enriched} has now. */
	private static Set<Integer> partitions(Admin admin) {
		try {
			int partitions = admin.describeTopics(List.of(Topics.ARTICLE_ENRICHED))
				.allTopicNames()
				.get()
				.get(Topics.ARTICLE_ENRICHED)
				.partitions()
				.size();
			return IntStream.range(0, partitions).boxed().collect(Collectors.toCollection(TreeSet::new));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while describing " + Topics.ARTICLE_ENRICHED, ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("could not describe " + Topics.ARTICLE_ENRICHED, ex.getCause());
		}
	}

	/** One index-service application on the shared broker and node, its consumer's client id its name. */
	private void start(String name) {
		String broker = KafkaTestBroker.bootstrapServers();
		ConfigurableApplicationContext context = new SpringApplicationBuilder(IndexServiceApplication.class).run(
				"--server.port=0", "--spring.kafka.bootstrap-servers=" + broker,
				"--spring.cloud.stream.kafka.binder.brokers=" + broker, "--articleflow.index.backend=opensearch",
				"--articleflow.index.opensearch.uris=" + OpenSearchTestNode.uri(),
				"--articleflow.index.opensearch.alias=" + this.alias,
				"--spring.cloud.stream.kafka.bindings.indexArticle-in-0.consumer.configuration.client.id=" + name);
		this.instances.put(name, context);
	}

	/** The partitions of {@code article-enriched} that each member of the group holds, by instance name. */
	private static Map<String, Set<Integer>> assignments(Admin admin) throws InterruptedException, ExecutionException {
		ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(Topics.INDEX_GROUP))
			.all()
			.get()
			.get(Topics.INDEX_GROUP);
		Map<String, Set<Integer>> assigned = new TreeMap<>();
		for (MemberDescription member : group.members()) {
			Set<Integer> partitions = member.assignment()
				.topicPartitions()
				.stream()
				.filter(partition -> partition.topic().equals(Topics.ARTICLE_ENRICHED))
				.map(TopicPartition::partition)
				.collect(Collectors.toCollection(TreeSet::new));
			assigned.merge(instanceOf(member.clientId()), partitions, (a, b) -> {
				throw new AssertionError("two members of the group for one instance: " + group);
			});
		}
		return assigned;
	}

	/** The instance a consumer's client id names: the configured id, maybe with the container's index appended. */
	private static String instanceOf(String clientId) {
		for (String name : List.of("instance-a", "instance-b")) {
			if (clientId.startsWith(name)) {
				return name;
			}
		}
		return clientId;
	}

	private List<String> ids(String phase, int count) {
		return IntStream.range(0, count).mapToObj(i -> "scale-" + this.run + "-" + phase + "-" + i).toList();
	}

	/** Publishes one enriched event per id, keyed by its id; returns the partitions they went to. */
	private Set<Integer> publish(List<String> ids) throws InterruptedException, ExecutionException {
		Set<Integer> partitions = new TreeSet<>();
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestBroker.bootstrapServers()),
				new StringSerializer(), new StringSerializer())) {
			List<Future<RecordMetadata>> sent = new ArrayList<>();
			for (String id : ids) {
				String json = article(id).title("Scale-out " + id)
					.published("2025-06-01")
					.text("Article " + id + " about " + this.marker + " partitions.")
					.json();
				sent.add(producer.send(new ProducerRecord<>(Topics.ARTICLE_ENRICHED, id, json)));
			}
			for (Future<RecordMetadata> metadata : sent) {
				partitions.add(metadata.get().partition());
			}
		}
		return partitions;
	}

	/** Every id is one document of the alias, no other is there, and both instances' search finds them all. */
	private void assertEachIndexedOnce(List<String> ids) throws IOException, InterruptedException {
		JsonNode byId = send("POST", OpenSearchTestNode.uri() + "/" + this.alias + "/_search",
				"{\"size\":0,\"track_total_hits\":true,\"aggs\":{\"ids\":{\"terms\":{\"field\":\"id\",\"size\":1000}}}}");
		assertThat(byId.at("/hits/total/value").asLong()).isEqualTo(ids.size());
		Map<String, Long> documentsPerId = new TreeMap<>();
		for (JsonNode bucket : byId.at("/aggregations/ids/buckets")) {
			documentsPerId.put(bucket.path("key").asString(), bucket.path("doc_count").asLong());
		}
		assertThat(documentsPerId).isEqualTo(ids.stream()
			.collect(Collectors.toMap(Function.identity(), id -> 1L, (a, b) -> a, TreeMap::new)));
		for (ConfigurableApplicationContext instance : this.instances.values()) {
			String port = instance.getEnvironment().getProperty("local.server.port");
			JsonNode found = send("GET", "http://localhost:" + port + "/api/search?collapse=false&size=1&q="
					+ URLEncoder.encode(this.marker, StandardCharsets.UTF_8), null);
			assertThat(found.path("articles").asLong()).as("search on port %s", port).isEqualTo(ids.size());
			assertThat(found.path("total").asLong()).as("search on port %s", port).isEqualTo(ids.size());
		}
	}

	/** The articles an instance counted as indexed ({@code articleflow.index.articles}, outcome {@code indexed}). */
	private double indexed(String name) {
		Counter counter = this.instances.get(name)
			.getBean(MeterRegistry.class)
			.find("articleflow.index.articles")
			.tag("outcome", "indexed")
			.counter();
		assertThat(counter).as("indexed counter of %s", name).isNotNull();
		return counter.count();
	}

	private ArticleIndex index() {
		return this.instances.values().iterator().next().getBean(ArticleIndex.class);
	}

	private JsonNode send(String method, String uri, String json) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri)).header("Content-Type", "application/json");
		request.method(method, (json != null) ? HttpRequest.BodyPublishers.ofString(json)
				: HttpRequest.BodyPublishers.noBody());
		HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		return TestArticles.JSON.readTree(response.body());
	}

	private static Set<Integer> union(Iterable<Set<Integer>> sets) {
		Set<Integer> union = new TreeSet<>();
		sets.forEach(union::addAll);
		return union;
	}

}
