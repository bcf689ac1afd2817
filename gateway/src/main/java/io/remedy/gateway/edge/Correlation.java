package io.remedy.gateway.edge;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an {@code X-Request-Id} and a W3C {@code traceparent}: the caller's own when well-formed,
 * else new ones. Both are set on the request (so the services receive them) and on the response (so the caller can
 * quote them), before anything else can answer, 401s and 429s included.
 */
@ApplicationScoped
public class Correlation {

    public static final String REQUEST_ID = "X-Request-Id";
    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";

    /** Before CORS (-300) and authentication (-200). */
    static final int ORDER = -350;

    private static final Pattern REQUEST_ID_FORMAT = Pattern.compile("[A-Za-z0-9._:+=/-]{1,128}");
    private static final Pattern TRACEPARENT_FORMAT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}");
    private static final String ZERO_TRACE = "0".repeat(32);
    private static final String ZERO_SPAN = "0".repeat(16);

    private final SecureRandom random = new SecureRandom();

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::handle);
    }

    void handle(RoutingContext context) {
        MultiMap headers = context.request().headers();
        String requestId = headers.get(REQUEST_ID);
        if (!validRequestId(requestId)) {
            requestId = UUID.randomUUID().toString();
        }
        String traceparent = headers.get(TRACEPARENT);
        if (!validTraceparent(traceparent)) {
            traceparent = newTraceparent();
            // a tracestate belongs to the trace it came with
            headers.remove(TRACESTATE);
        }
        headers.set(REQUEST_ID, requestId);
        headers.set(TRACEPARENT, traceparent);
        context.response().putHeader(REQUEST_ID, requestId).putHeader(TRACEPARENT, traceparent);
        context.next();
    }

    /** 1 to 128 characters from a conservative set: no spaces, no control characters, nothing to inject. */
    static boolean validRequestId(String value) {
        return value != null && REQUEST_ID_FORMAT.matcher(value).matches();
    }

    /** Version 00 of the W3C format, with neither id all zeros. */
    static boolean validTraceparent(String value) {
        if (value == null) {
            return false;
        }
        var matcher = TRACEPARENT_FORMAT.matcher(value);
        return matcher.matches() && !matcher.group(1).equals(ZERO_TRACE) && !matcher.group(2).equals(ZERO_SPAN);
    }

    String newTraceparent() {
        byte[] trace = new byte[16];
        byte[] span = new byte[8];
        random.nextBytes(trace);
        random.nextBytes(span);
        // sampled: the gateway starts the trace, and the services' samplers follow the parent's decision
        return "00-" + HexFormat.of().formatHex(trace) + "-" + HexFormat.of().formatHex(span) + "-01";
    }
}
