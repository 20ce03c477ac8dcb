package io.articleflow.extract.cluster.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import io.articleflow.common.messaging.EventCodec;
import io.articleflow.common.test.KafkaTestBroker;
import io.articleflow.extract.analysis.AnalysisProperties;
import io.articleflow.extract.analysis.ArticleAnalyzer;
import io.articleflow.extract.analysis.DefaultArticleAnalyzer;
import io.articleflow.extract.cluster.InMemoryStoryClusterRegistry;
import io.articleflow.extract.cluster.StorySignature;
import io.articleflow.extract.eval.SeedCorpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Story registries of several extract-service instances sharing one compacted topic on a real broker. */
class KafkaStoryClusterRegistryIntegrationTests {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private final EventCodec codec = new EventCodec(JsonMapper.builder().build());

	private final String topic = "story-clusters-" + UUID.randomUUID();

	private final List<StoryRegistrationReader> readers = new ArrayList<>();

	private final List<DefaultKafkaProducerFactory<byte[], byte[]>> producers = new ArrayList<>();

	@AfterEach
	void stop() {
		this.readers.forEach(StoryRegistrationReader::stop);
		this.producers.forEach(DefaultKafkaProducerFactory::destroy);
	}

	@Test
	void anInstanceClustersACopyOfAStoryThatAnotherInstanceAnalysed() throws Exception {
		// Given two instances on one topic
		createTopic();
		ArticleAnalyzer first = DefaultArticleAnalyzer.create(AnalysisProperties.defaults(), instance().registry());
		Instance second = instance();
		ArticleAnalyzer secondAnalyzer = DefaultArticleAnalyzer.create(AnalysisProperties.defaults(), second.registry());
		Map<String, String> seeds = SeedCorpus.load();
		String original = name(seeds, "000");
		String translation = name(seeds, "001");

		// When the first analyses one translation of an article, and the second, once it has read that, the other
		String cluster = first.analyze(original, seeds.get(original), Map.of()).clusterId();
		await().atMost(PATIENCE).until(() -> second.memory().clusterOf(original).isPresent());
		String secondCluster = secondAnalyzer.analyze(translation, seeds.get(translation), Map.of()).clusterId();

		// Then both are in one cluster, and an unrelated seed is not
		assertThat(secondCluster).isEqualTo(cluster);
		String other = name(seeds, "003");
		assertThat(secondAnalyzer.analyze(other, seeds.get(other), Map.of()).clusterId()).isNotEqualTo(cluster);
	}

	@Test
	void aStartingInstanceKnowsEveryStoryRegisteredBeforeItConsumesArticles() throws Exception {
		// Given registrations from an earlier instance, and a record that is not one
		createTopic();
		Instance earlier = instance();
		StorySignature signature = new StorySignature(new long[] { 1, 2, 3, 4 }, new long[] { 5, 6, 7, 8 }, 4);
		earlier.registry().register("doc-1", signature, "story-1");
		earlier.registry().register("doc-2", new StorySignature(new long[] { 9, 9, 9, 9 }, new long[] { 9, 9, 9, 9 }, 1),
				"story-2");
		send("doc-bad", "not a registration");
		earlier.registry().register("doc-3", signature, "story-1");
		earlier.kafka().flush();

		// When a new instance starts: its start returns once it has read the topic
		Instance restarted = instance();

		// Then it knows them all at once, skipped the bad record, and finds the candidates of a story
		assertThat(restarted.memory().clusterOf("doc-1")).contains("story-1");
		assertThat(restarted.memory().clusterOf("doc-2")).contains("story-2");
		assertThat(restarted.memory().clusterOf("doc-3")).contains("story-1");
		assertThat(restarted.memory().clusterOf("doc-bad")).isEmpty();
		assertThat(restarted.registry().candidates(signature)).extracting(r -> r.documentId())
			.containsExactlyInAnyOrder("doc-1", "doc-3");
	}

	@Test
	void registersADocumentOnce() throws Exception {
		createTopic();
		Instance instance = instance();
		StorySignature signature = new StorySignature(new long[] { 1, 2 }, new long[] { 3, 4 }, 2);

		instance.registry().register("doc-1", signature, "story-1");
		instance.registry().register("doc-1", signature, "story-other");
		instance.kafka().flush();

		assertThat(instance.registry().clusterOf("doc-1")).contains("story-1");
		assertThat(instance().memory().clusterOf("doc-1")).contains("story-1");
		assertThat(recordCount()).isEqualTo(1);
	}

	private record Instance(InMemoryStoryClusterRegistry memory, KafkaStoryClusterRegistry registry,
			KafkaTemplate<byte[], byte[]> kafka) {
	}

	/** An instance's registry and its reader, started (so caught up with the topic). */
	private Instance instance() {
		DefaultKafkaProducerFactory<byte[], byte[]> producer = new DefaultKafkaProducerFactory<>(Map.of(
				ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestBroker.bootstrapServers(),
				ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
				ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
		this.producers.add(producer);
		InMemoryStoryClusterRegistry memory = new InMemoryStoryClusterRegistry();
		StoryRegistrationReader reader = new StoryRegistrationReader(() -> new KafkaConsumer<>(consumerConfig()),
				this.topic, memory, this.codec, PATIENCE);
		reader.start();
		this.readers.add(reader);
		KafkaTemplate<byte[], byte[]> kafka = new KafkaTemplate<>(producer);
		return new Instance(memory, new KafkaStoryClusterRegistry(memory, kafka, this.topic, this.codec), kafka);
	}

	private Map<String, Object> consumerConfig() {
		return Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestBroker.bootstrapServers(),
				ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
				ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
				ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
	}

	private void createTopic() throws Exception {
		try (Admin admin = Admin.create(
				Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestBroker.bootstrapServers()))) {
			admin.createTopics(List.of(new NewTopic(this.topic, 1, (short) 1))).all().get();
		}
	}

	private void send(String key, String value) throws Exception {
		try (var producer = new org.apache.kafka.clients.producer.KafkaProducer<byte[], byte[]>(Map.of(
				ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestBroker.bootstrapServers(),
				ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
				ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
			producer.send(new org.apache.kafka.clients.producer.ProducerRecord<>(this.topic,
					key.getBytes(StandardCharsets.UTF_8), value.getBytes(StandardCharsets.UTF_8))).get();
		}
	}

	private long recordCount() {
		try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig())) {
			var partition = new org.apache.kafka.common.TopicPartition(this.topic, 0);
			return consumer.endOffsets(List.of(partition), PATIENCE).get(partition);
		}
	}

	private static String name(Map<String, String> seeds, String prefix) {
		return seeds.keySet().stream().filter(n -> n.startsWith(prefix)).findFirst().orElseThrow();
	}

}
