package io.remedy.platform.observability;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.HashMap;
import java.util.Map;

/**
 * A W3C trace context ({@code traceparent}, optional {@code tracestate}) kept as text, so work done later (an outbox
 * row relayed from a poll, a message sent by a delivery round) can continue the trace of the request that asked for
 * it. Written and read with OpenTelemetry's own W3C propagator.
 *
 * @param traceparent e.g. {@code 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01}
 * @param tracestate  vendor entries, or null
 */
public record TraceContext(String traceparent, String tracestate) {

    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";

    private static final TextMapGetter<Map<String, String>> MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    /** The context of the current span, or null outside a trace (or with tracing off). */
    public static TraceContext current() {
        return of(Context.current());
    }

    /** The trace context of {@code context}'s span, or null when it has no valid span. */
    public static TraceContext of(Context context) {
        if (!Span.fromContext(context).getSpanContext().isValid()) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        W3CTraceContextPropagator.getInstance().inject(context, carrier, Map::put);
        String traceparent = carrier.get(TRACEPARENT);
        return traceparent == null ? null : new TraceContext(traceparent, carrier.get(TRACESTATE));
    }

    /** An OpenTelemetry context whose (remote) parent span is this one; the root context when it is malformed. */
    public Context asParent() {
        Map<String, String> carrier = new HashMap<>();
        carrier.put(TRACEPARENT, traceparent);
        if (tracestate != null) {
            carrier.put(TRACESTATE, tracestate);
        }
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), carrier, MAP);
    }

    /** The span context this trace context names (invalid when malformed). */
    public SpanContext spanContext() {
        return Span.fromContext(asParent()).getSpanContext();
    }

    /** The trace id (32 hex digits), or null when malformed. */
    public String traceId() {
        SpanContext span = spanContext();
        return span.isValid() ? span.getTraceId() : null;
    }
}
