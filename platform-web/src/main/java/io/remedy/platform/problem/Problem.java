package io.remedy.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem detail, as sent with {@code application/problem+json}.
 *
 * @param errors        the offending fields of a validation problem, else empty
 * @param correlationId set on server faults only: the id under which the fault was logged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, String instance, List<FieldError> errors,
                      String correlationId) {

    /** Media type of a problem body. */
    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** A problem of a kind, with its standard title and status. */
    public static Problem of(ProblemType type, String detail) {
        return new Problem(type.uri(), type.title(), type.status(), detail, null, List.of(), null);
    }

    /** The same problem, reported for the request path {@code instance}. */
    public Problem withInstance(String instance) {
        return new Problem(type, title, status, detail, instance, errors, correlationId);
    }

    /** The same problem, with the offending fields. */
    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, fieldErrors, correlationId);
    }

    /** The same problem, carrying the id its server fault was logged with. */
    public Problem withCorrelationId(String id) {
        return new Problem(type, title, status, detail, instance, errors, id);
    }
}
