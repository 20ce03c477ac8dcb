package io.articleflow.common.messaging;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes event payloads as JSON, the one serialisation of the contract: services exchange bytes that
 * this codec made, so no converter elsewhere decides how an {@link java.time.Instant} or a null looks on the wire.
 */
public final class EventCodec {

	private final JsonMapper json;

	public EventCodec(JsonMapper json) {
		this.json = json;
	}

	/** The event as UTF-8 JSON. */
	public byte[] encode(Object event) {
		return this.json.writeValueAsBytes(event);
	}

	/**
	 * The event in the JSON.
	 * @throws InvalidEventException when the bytes are not JSON of that event; never worth a retry
	 */
	public <T> T decode(byte[] payload, Class<T> type) {
		try {
			return this.json.readValue(payload, type);
		}
		catch (JacksonException ex) {
			throw new InvalidEventException("not a " + type.getSimpleName() + " JSON event: "
					+ ex.getOriginalMessage(), ex);
		}
	}

}
