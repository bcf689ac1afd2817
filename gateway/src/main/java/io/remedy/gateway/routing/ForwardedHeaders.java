package io.remedy.gateway.routing;

import io.remedy.gateway.edge.ClientAddress;
import io.remedy.gateway.edge.Correlation;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Which headers cross the gateway each way: the end-to-end ones, never those of one connection or owned by us. */
@ApplicationScoped
class ForwardedHeaders {

    /** Headers that describe one connection, not the message: never forwarded either way (RFC 9110 §7.6.1). */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade");
    /** Set by the gateway itself on the way in: whatever a caller sent in them is dropped (the services trust them). */
    // traceparent/tracestate: OpenTelemetry sets them, to the gateway's client span (the service's parent)
    private static final Set<String> OWNED_ON_REQUEST = Set.of("host", "content-length", "expect", "forwarded",
            "x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-forwarded-prefix",
            "traceparent", "tracestate");

    private final ClientAddress clientAddress;

    ForwardedHeaders(ClientAddress clientAddress) {
        this.clientAddress = clientAddress;
    }

    /** The headers the service receives: the caller's end-to-end headers, the token unchanged, and how it reached us. */
    MultiMap toService(HttpServerRequest request, Buffer body) {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        Set<String> connectionScoped = connectionScoped(request.headers());
        request.headers().forEach(header -> {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (!connectionScoped.contains(name) && !OWNED_ON_REQUEST.contains(name)) {
                headers.add(header.getKey(), header.getValue());
            }
        });
        if (request.authority() != null) {
            headers.set("X-Forwarded-Host", request.authority().toString());
        }
        headers.set("X-Forwarded-Proto", request.scheme());
        headers.set("X-Forwarded-For", clientAddress.of(request));
        if (body != null) {
            headers.set(HttpHeaders.CONTENT_LENGTH, String.valueOf(body.length()));
        }
        return headers;
    }

    /**
     * The service's answer headers the caller receives: its end-to-end headers, except CORS (the gateway answers
     * that itself), the request id and the trace context (both the gateway's own).
     */
    void toCaller(MultiMap answer, MultiMap out) {
        Set<String> connectionScoped = connectionScoped(answer);
        answer.forEach(header -> {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (!connectionScoped.contains(name) && !name.startsWith("access-control-")
                    && !name.equals("x-request-id") && !name.equals(Correlation.TRACEPARENT)) {
                out.add(header.getKey(), header.getValue());
            }
        });
    }

    private static Set<String> connectionScoped(MultiMap headers) {
        Set<String> names = new HashSet<>(HOP_BY_HOP);
        for (String value : headers.getAll(HttpHeaders.CONNECTION)) {
            for (String token : value.split(",")) {
                names.add(token.trim().toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }
}
