package io.remedy.gateway.edge;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem detail, as the gateway answers with {@code application/problem+json}: the same shape and type
 * URIs as the services' problems, so a client handles both alike.
 *
 * @param errors the offending fields of a validation problem, else empty
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, String instance, List<FieldError> errors,
                      String correlationId) {

    /** Media type of a problem body. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** Prefix of every problem type URI (shared with the services). */
    public static final String TYPE_BASE = "https://remedy.io/problems/";

    /** A field that was wrong, and why. */
    public record FieldError(String field, String message) {
    }

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** The kinds of problem the gateway itself reports. */
    public enum Kind {
        VALIDATION("validation", "Request is not valid", 400),
        UNAUTHENTICATED("unauthenticated", "Authentication required", 401),
        FORBIDDEN("forbidden", "Not allowed", 403),
        NOT_FOUND("not-found", "Not found", 404),
        METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
        NOT_ACCEPTABLE("not-acceptable", "Not acceptable", 406),
        REQUEST_TIMEOUT("request-timeout", "Request timeout", 408),
        PAYLOAD_TOO_LARGE("payload-too-large", "Payload too large", 413),
        TOO_MANY_REQUESTS("too-many-requests", "Too many requests", 429),
        SERVER_ERROR("server-error", "Internal server error", 500),
        BAD_GATEWAY("bad-gateway", "The service behind the gateway did not answer", 502),
        UNAVAILABLE("unavailable", "Service unavailable", 503),
        GATEWAY_TIMEOUT("gateway-timeout", "The service behind the gateway answered too late", 504);

        private final URI type;
        private final String title;
        private final int status;

        Kind(String slug, String title, int status) {
            this.type = URI.create(TYPE_BASE + slug);
            this.title = title;
            this.status = status;
        }

        public int status() {
            return status;
        }

        /** The kind the gateway reports for an HTTP status it did not classify more precisely. */
        public static Kind forStatus(int status) {
            for (Kind kind : values()) {
                if (kind.status == status && kind != VALIDATION) {
                    return kind;
                }
            }
            return status >= 500 ? SERVER_ERROR : VALIDATION;
        }
    }

    /** A problem of a kind, with its standard title and status. */
    public static Problem of(Kind kind, String detail) {
        return new Problem(kind.type, kind.title, kind.status, detail, null, List.of(), null);
    }

    /** A 400 naming the offending field. */
    public static Problem invalid(String field, String message) {
        return of(Kind.VALIDATION, field + ": " + message).withErrors(List.of(new FieldError(field, message)));
    }

    /** The same problem, reported for the request path {@code instance}. */
    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, errors, correlationId);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, fieldErrors, correlationId);
    }

    public Problem withCorrelationId(String id) {
        return new Problem(type, title, status, detail, instance, errors, id);
    }
}
