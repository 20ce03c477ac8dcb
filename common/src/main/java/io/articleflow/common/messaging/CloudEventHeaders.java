package io.articleflow.common.messaging;

/**
 * CloudEvents 1.0 attributes in the Kafka protocol binding's binary mode: each attribute is a header named
 * {@code ce_<attribute>} whose value is the UTF-8 string, so consumers in any language can route on them without
 * reading the payload.
 */
public final class CloudEventHeaders {

	public static final String SPEC_VERSION = "ce_specversion";

	public static final String ID = "ce_id";

	public static final String SOURCE = "ce_source";

	public static final String TYPE = "ce_type";

	public static final String TIME = "ce_time";

	public static final String SUBJECT = "ce_subject";

	public static final String DATA_SCHEMA = "ce_dataschema";

	/** The binding maps {@code datacontenttype} to the {@code content-type} header. */
	public static final String CONTENT_TYPE = "content-type";

	/** The CloudEvents specification version these headers follow. */
	public static final String SPEC_VERSION_1_0 = "1.0";

	private CloudEventHeaders() {
	}

}
