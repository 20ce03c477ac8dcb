package io.articleflow.common.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

import org.springframework.test.context.ContextConfiguration;

/**
 * Marks a Spring integration test that runs against the shared real broker of {@link KafkaTestBroker}; put it
 * beside {@code @SpringBootTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("kafka")
@ContextConfiguration(initializers = KafkaTestBrokerInitializer.class)
public @interface KafkaIntegrationTest {

}
