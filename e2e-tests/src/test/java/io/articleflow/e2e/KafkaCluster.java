package io.articleflow.e2e;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

import kafka.server.BrokerServer;

/**
 * A KRaft cluster of its own for one fault test, in the test JVM: one controller and separate brokers (Kafka's
 * {@code KafkaClusterTestKit}; spring-kafka-test's multi-broker cluster does not work here). Owning it keeps the
 * fault test's consumer groups and topics away from the shared test broker, where other end-to-end tests run
 * services in the same groups.
 */
final class KafkaCluster implements AutoCloseable {

	private final KafkaClusterTestKit cluster;

	private KafkaCluster(KafkaClusterTestKit cluster) {
		this.cluster = cluster;
	}

	/**
	 * Starts the cluster with the pipeline's record limit; topics created without settings of their own (the binder
	 * gives only partitions and replicas) get {@code minInsyncReplicas}.
	 */
	static KafkaCluster start(int brokers, int minInsyncReplicas) throws Exception {
		String replicas = String.valueOf(brokers);
		KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder().setCombined(false)
			.setNumControllerNodes(1)
			.setNumBrokerNodes(brokers)
			.build())
			.setConfigProp("group.initial.rebalance.delay.ms", "0")
			.setConfigProp("offsets.topic.replication.factor", replicas)
			.setConfigProp("offsets.topic.num.partitions", "6")
			.setConfigProp("transaction.state.log.replication.factor", replicas)
			.setConfigProp("default.replication.factor", replicas)
			.setConfigProp("min.insync.replicas", String.valueOf(minInsyncReplicas))
			.setConfigProp("num.partitions", "6")
			.setConfigProp("message.max.bytes", "8388608")
			.build();
		try {
			cluster.format();
			cluster.startup();
			cluster.waitForReadyBrokers();
		}
		catch (Exception ex) {
			cluster.close();
			throw ex;
		}
		System.out.println("[kafka-cluster] " + brokers + " broker(s) at " + cluster.bootstrapServers());
		return new KafkaCluster(cluster);
	}

	String bootstrapServers() {
		return this.cluster.bootstrapServers();
	}

	/** The node ids of the brokers, lowest first. */
	List<Integer> brokerIds() {
		return this.cluster.brokers().keySet().stream().sorted().toList();
	}

	/** Stops one broker and waits until it is down; the others stay up. */
	void stopBroker(int nodeId) {
		BrokerServer broker = this.cluster.brokers().get(nodeId);
		broker.shutdown();
		broker.awaitShutdown();
	}

	/** The node id of the broker that leads the given partition. */
	int leaderOf(String topic, int partition) throws Exception {
		try (Admin admin = admin()) {
			return admin.describeTopics(Set.of(topic)).allTopicNames().get().get(topic).partitions().get(partition)
				.leader()
				.id();
		}
	}

	/** For every given topic, how many replicas its partitions have (the smallest count) and its min ISR. */
	Map<String, String> replication(Set<String> topics) throws Exception {
		try (Admin admin = admin()) {
			Map<String, TopicDescription> descriptions = admin.describeTopics(topics).allTopicNames().get();
			Map<ConfigResource, Config> configs = admin
				.describeConfigs(topics.stream().map(t -> new ConfigResource(ConfigResource.Type.TOPIC, t)).toList())
				.all()
				.get();
			return descriptions.values().stream().collect(Collectors.toMap(TopicDescription::name,
					description -> "replicas=" + description.partitions().stream()
						.mapToInt(partition -> partition.replicas().size())
						.min()
						.orElse(0) + " min.insync.replicas=" + configs
							.get(new ConfigResource(ConfigResource.Type.TOPIC, description.name()))
							.get(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG)
							.value()));
		}
	}

	private Admin admin() {
		return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()));
	}

	@Override
	public void close() throws Exception {
		this.cluster.close();
	}

}
