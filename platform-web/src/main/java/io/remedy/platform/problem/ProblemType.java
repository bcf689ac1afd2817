package io.remedy.platform.problem;

import java.net.URI;

/**
 * The stable kinds of problem Remedy's APIs report, the services' and the gateway's alike; a client may switch on
 * {@link #uri()}.
 */
public enum ProblemType {
    VALIDATION("validation", "Request is not valid", 400),
    MALFORMED_REQUEST("malformed-request", "Request body is malformed", 400),
    BAD_REQUEST("bad-request", "Bad request", 400),
    UNAUTHENTICATED("unauthenticated", "Authentication required", 401),
    FORBIDDEN("forbidden", "Not allowed", 403),
    NOT_FOUND("not-found", "Not found", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", "Not acceptable", 406),
    CONFLICT("conflict", "Conflict", 409),
    STALE_VERSION("stale-version", "The resource was changed meanwhile", 412),
    GONE("gone", "Gone", 410),
    PAYLOAD_TOO_LARGE("payload-too-large", "Payload too large", 413),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", "Idempotency key reused with a different request", 422),
    UNPROCESSABLE("unprocessable", "Request cannot be processed", 422),
    PRECONDITION_REQUIRED("precondition-required", "If-Match header required", 428),
    TOO_MANY_REQUESTS("too-many-requests", "Too many requests", 429),
    SERVER_ERROR("server-error", "Internal server error", 500),
    UNAVAILABLE("unavailable", "Service unavailable", 503),
    /** The gateway's: a request body that did not arrive in time. */
    REQUEST_TIMEOUT("request-timeout", "Request timeout", 408),
    /** The gateway's: the service behind it failed to answer. */
    BAD_GATEWAY("bad-gateway", "The service behind the gateway did not answer", 502),
    /** The gateway's: the service behind it answered after the route's timeout. */
    GATEWAY_TIMEOUT("gateway-timeout", "The service behind the gateway answered too late", 504);

    /** Prefix of every problem type URI. */
    public static final String BASE = "https://remedy.io/problems/";

    private final URI uri;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.uri = URI.create(BASE + slug);
        this.title = title;
        this.status = status;
    }

    /** Stable type URI, e.g. {@code https://remedy.io/problems/validation}. */
    public URI uri() {
        return uri;
    }

    /** Short, human-readable summary that does not change from occurrence to occurrence. */
    public String title() {
        return title;
    }

    /** HTTP status this kind of problem is reported with. */
    public int status() {
        return status;
    }

    /**
     * The kind reported for an HTTP status the platform did not classify more precisely. The gateway's own kinds
     * (408, 502, 504) are only ever reported by name: a framework's 502 is a server fault.
     */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != VALIDATION && type != MALFORMED_REQUEST
                    && type != IDEMPOTENCY_KEY_REUSED && type != REQUEST_TIMEOUT && type != BAD_GATEWAY
                    && type != GATEWAY_TIMEOUT) {
                return type;
            }
        }
        return status >= 500 ? SERVER_ERROR : BAD_REQUEST;
    }
}
