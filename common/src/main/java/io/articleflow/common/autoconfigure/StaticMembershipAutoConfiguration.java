package io.articleflow.common.autoconfigure;

import org.apache.kafka.clients.consumer.ConsumerConfig;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.cloud.stream.binder.kafka.support.ConsumerConfigCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * Static membership (KIP-345) for the binder's consumers when {@code articleflow.kafka.instance-id} names this
 * instance: a crashed instance restarted under the same name takes its partitions back as soon as it joins, where a
 * new member would wait for the dead member's session to time out (45 s) before the group rebalances. The name must be
 * stable across restarts and unique among the instances of a service (the local run's supervisor gives
 * {@code extract-service}, {@code extract-service-2}, ...; a pod's name in a StatefulSet). Each binding gets
 * {@code <instance-id>-<binding>}; Spring Kafka appends the consumer's index when a binding runs several.
 */
@AutoConfiguration
@ConditionalOnClass(ConsumerConfigCustomizer.class)
@ConditionalOnProperty("articleflow.kafka.instance-id")
public class StaticMembershipAutoConfiguration {

	@Bean
	ConsumerConfigCustomizer staticGroupMembership(@Value("${articleflow.kafka.instance-id}") String instanceId) {
		return (config, bindingName, destination) -> config.put(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG,
				groupInstanceId(instanceId, bindingName));
	}

	static String groupInstanceId(String instanceId, String bindingName) {
		return instanceId.strip() + "-" + bindingName;
	}

}
