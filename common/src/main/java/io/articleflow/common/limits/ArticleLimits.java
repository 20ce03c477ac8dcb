package io.articleflow.common.limits;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The size of an article every stage accepts, set once for the whole pipeline ({@code articleflow.limits.*}): ingest
 * refuses a file whose text is longer (it goes to {@code failed/} as {@code text-too-large}); extract-service
 * dead-letters, without analysing it, an event larger or longer than this (one written by another producer, or
 * before the limits were lowered), and caps the entities and mentions of what it publishes; the Kafka clients of
 * every service and the brokers of the local run and of docker-compose allow records of {@link #maxRecordBytes()}
 * (see {@code articleflow-defaults.yml}). The defaults are what extract-service analyses within the heap of the local
 * run (384 MiB) with two consumer threads: an article of 1,000,000 characters written to produce as many entities as
 * possible needs some 40 MiB while it is analysed.
 *
 * @param maxCharacters the most characters (UTF-16 units) of text one article may have
 * @param maxRecordBytes the largest Kafka record of the pipeline's topics, in bytes: producers'
 *     {@code max.request.size}, topics' {@code max.message.bytes}, consumers' {@code max.partition.fetch.bytes} and
 *     {@code fetch.max.bytes}. It must hold the longest text at 3 bytes of UTF-8 per character plus
 *     {@value #EVENT_OVERHEAD_BYTES} bytes for the rest of the event and {@value #RECORD_HEADROOM_BYTES} bytes for
 *     the key and headers; the services do not start otherwise
 * @param maxEntities the most entities one enriched event carries; beyond it, those with the fewest mentions are left
 *     out
 * @param maxMentions the most mentions one enriched event carries, shared fairly: every entity keeps its first
 *     mentions, up to an equal share of what the others leave
 */
@Validated
@ConfigurationProperties("articleflow.limits")
public record ArticleLimits(
		@DefaultValue(ArticleLimits.DEFAULT_MAX_CHARACTERS) @Min(value = 1,
				message = "max-characters must be at least 1") int maxCharacters,
		@DefaultValue(ArticleLimits.DEFAULT_MAX_RECORD_BYTES) long maxRecordBytes,
		@DefaultValue(ArticleLimits.DEFAULT_MAX_ENTITIES) @Min(value = 1,
				message = "max-entities must be at least 1") int maxEntities,
		@DefaultValue(ArticleLimits.DEFAULT_MAX_MENTIONS) @Min(value = 1,
				message = "max-mentions must be at least 1") int maxMentions) {

	/** Default of {@link #maxCharacters()}. */
	public static final String DEFAULT_MAX_CHARACTERS = "1000000";

	/** Default of {@link #maxRecordBytes()}: 8 MiB. */
	public static final String DEFAULT_MAX_RECORD_BYTES = "8388608";

	/** Default of {@link #maxEntities()}. */
	public static final String DEFAULT_MAX_ENTITIES = "2000";

	/** Default of {@link #maxMentions()}. */
	public static final String DEFAULT_MAX_MENTIONS = "20000";

	/** What one event may hold besides its text: ids, source, metadata, timestamps. */
	public static final int EVENT_OVERHEAD_BYTES = 64 * 1024;

	/** Room in a record for the key, the CloudEvents and tracing headers and the record's framing. */
	public static final int RECORD_HEADROOM_BYTES = 16 * 1024;

	public ArticleLimits {
		if (maxCharacters < 1 || maxEntities < 1 || maxMentions < 1) {
			throw new IllegalArgumentException("articleflow.limits: max-characters, max-entities and max-mentions "
					+ "must be at least 1, were " + maxCharacters + ", " + maxEntities + ", " + maxMentions);
		}
		long needed = worstCaseEventBytes(maxCharacters) + RECORD_HEADROOM_BYTES;
		if (needed > maxRecordBytes) {
			throw new IllegalArgumentException("articleflow.limits.max-characters=" + maxCharacters
					+ " allows events of up to " + worstCaseEventBytes(maxCharacters) + " bytes (3 bytes of UTF-8 per "
					+ "character plus " + EVENT_OVERHEAD_BYTES + "), over articleflow.limits.max-record-bytes="
					+ maxRecordBytes + " less " + RECORD_HEADROOM_BYTES + " for the key and headers: lower it to at most "
					+ (maxRecordBytes - RECORD_HEADROOM_BYTES - EVENT_OVERHEAD_BYTES) / 3
					+ " or raise the record limit to at least " + needed);
		}
	}

	/** The defaults, for use without Spring. */
	public static ArticleLimits defaults() {
		return new ArticleLimits(Integer.parseInt(DEFAULT_MAX_CHARACTERS), Long.parseLong(DEFAULT_MAX_RECORD_BYTES),
				Integer.parseInt(DEFAULT_MAX_ENTITIES), Integer.parseInt(DEFAULT_MAX_MENTIONS));
	}

	/** The largest encoded event (record value) a stage sends or analyses: the record limit less the headroom. */
	public long maxEventBytes() {
		return this.maxRecordBytes - RECORD_HEADROOM_BYTES;
	}

	/** The largest {@code article-ingested} event the character limit allows. */
	public long worstCaseEventBytes() {
		return worstCaseEventBytes(this.maxCharacters);
	}

	private static long worstCaseEventBytes(int characters) {
		return 3L * characters + EVENT_OVERHEAD_BYTES;
	}

}
