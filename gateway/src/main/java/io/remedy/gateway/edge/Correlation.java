package io.remedy.gateway.edge;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every request an {@code X-Request-Id} (the caller's own when well-formed, else a new one) on the request (so
 * the services receive it and log it) and on the response, and returns the W3C {@code traceparent} of the gateway's
 * own span, so the caller can quote both, before anything else can answer, 401s and 429s included. The trace itself
 * is OpenTelemetry's: the gateway's server span continues a caller's well-formed {@code traceparent} (or starts a
 * trace), and every call to a service carries the gateway's client span as the service's parent.
 */
@ApplicationScoped
public class Correlation {

    public static final String REQUEST_ID = "X-Request-Id";
    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";
    /** MDC key of the request id in the gateway's log lines. */
    public static final String REQUEST_ID_MDC = "requestId";

    /** Before CORS (-300) and authentication (-200). */
    static final int ORDER = -350;

    private static final Pattern REQUEST_ID_FORMAT = Pattern.compile("[A-Za-z0-9._:+=/-]{1,128}");

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::handle);
    }

    void handle(RoutingContext context) {
        MultiMap headers = context.request().headers();
        String requestId = headers.get(REQUEST_ID);
        if (!validRequestId(requestId)) {
            requestId = UUID.randomUUID().toString();
        }
        headers.set(REQUEST_ID, requestId);
        MDC.put(REQUEST_ID_MDC, requestId);
        context.response().putHeader(REQUEST_ID, requestId);
        String traceparent = traceparent(Span.current().getSpanContext());
        if (traceparent != null) {
            context.response().putHeader(TRACEPARENT, traceparent);
        }
        context.next();
    }

    /** 1 to 128 characters from a conservative set: no spaces, no control characters, nothing to inject. */
    static boolean validRequestId(String value) {
        return value != null && REQUEST_ID_FORMAT.matcher(value).matches();
    }

    /** The W3C {@code traceparent} of a span, or null without a valid one. */
    static String traceparent(SpanContext span) {
        if (!span.isValid()) {
            return null;
        }
        return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex();
    }
}
