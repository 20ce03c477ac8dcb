package io.articleflow.common.tracing;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;

import io.micrometer.tracing.BaggageInScope;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

/**
 * Puts work about one document into that document's trace. The document id is baggage ({@value #DOCUMENT_ID}):
 * propagated to the next service in the Kafka record headers and copied into the logging MDC, so a log search for
 * one id finds its lines in all three services, each with the same trace id.
 */
public class DocumentTracing {

	/** Baggage field and MDC key of the document id. */
	public static final String DOCUMENT_ID = "document-id";

	private final Tracer tracer;

	private final Propagator propagator;

	public DocumentTracing(Tracer tracer, Propagator propagator) {
		this.tracer = tracer;
		this.propagator = propagator;
	}

	/** Tracing that records nothing, for code run without a tracer (tools, unit tests). */
	public static DocumentTracing noop() {
		return new DocumentTracing(Tracer.NOOP, Propagator.NOOP);
	}

	/** Runs work in the current trace with the document id as its baggage: what it publishes carries both. */
	public <T> T withDocument(String documentId, Supplier<T> work) {
		try (BaggageInScope baggage = this.tracer.createBaggageInScope(DOCUMENT_ID, documentId)) {
			return work.get();
		}
	}

	/**
	 * Runs work in a new span that continues the trace a consumed record's headers carry: for records a batch
	 * listener receives, which no per-record observation wraps.
	 * @param name the span's name, e.g. {@code index article}
	 * @param headers the record's headers as the binder converted them (values as {@code byte[]} or strings)
	 */
	public void inRecordSpan(String name, Map<String, ?> headers, String documentId, Runnable work) {
		Span span = this.propagator.extract(headers, DocumentTracing::header).name(name).start();
		try (Tracer.SpanInScope scope = this.tracer.withSpan(span);
				BaggageInScope baggage = this.tracer.createBaggageInScope(DOCUMENT_ID, documentId)) {
			work.run();
		}
		finally {
			span.end();
		}
	}

	private static String header(Map<String, ?> headers, String key) {
		Object value = headers.get(key);
		if (value instanceof byte[] bytes) {
			return new String(bytes, StandardCharsets.UTF_8);
		}
		return value == null ? null : value.toString();
	}

}
