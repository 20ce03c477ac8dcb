package io.articleflow.common.autoconfigure;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.context.annotation.Bean;

import io.articleflow.common.messaging.EventCodec;

/** The {@link EventCodec} every service reads and writes events with, on Boot's {@link JsonMapper}. */
@AutoConfiguration(after = JacksonAutoConfiguration.class)
public class EventCodecAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBean(JsonMapper.class)
	EventCodec eventCodec(JsonMapper json) {
		return new EventCodec(json);
	}

}
