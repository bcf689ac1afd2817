package io.remedy.platform.problem;

import java.util.List;
import java.util.Map;

/**
 * Thrown (or returned as a failed {@code Uni}) by services to answer with a problem; the platform's exception
 * mappers turn it into {@code application/problem+json}. Carries no stack trace: it is an answer, not a fault.
 */
public class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;
    private final transient Map<String, String> headers;

    public ProblemException(Problem problem) {
        this(problem, Map.of());
    }

    public ProblemException(Problem problem, Map<String, String> headers) {
        super(problem.detail() != null ? problem.detail() : problem.title(), null, false, false);
        this.problem = problem;
        this.headers = Map.copyOf(headers);
    }

    /** The problem to send. */
    public Problem problem() {
        return problem;
    }

    /** Extra response headers (e.g. {@code WWW-Authenticate}). */
    public Map<String, String> headers() {
        return headers;
    }

    /** A problem of a kind with a detail. */
    public static ProblemException of(ProblemType type, String detail) {
        return new ProblemException(Problem.of(type, detail));
    }

    /** 404: {@code what} with {@code id} does not exist (or is not visible to the caller). */
    public static ProblemException notFound(String what, Object id) {
        return of(ProblemType.NOT_FOUND, what + " " + id + " not found");
    }

    /** 404 with a detail. */
    public static ProblemException notFound(String detail) {
        return of(ProblemType.NOT_FOUND, detail);
    }

    /** 409: the request clashes with the current state, e.g. a therapist already booked; name what is taken. */
    public static ProblemException conflict(String detail, FieldError... taken) {
        return new ProblemException(Problem.of(ProblemType.CONFLICT, detail).withErrors(List.of(taken)));
    }

    /** 403: the caller may not do this. */
    public static ProblemException forbidden(String detail) {
        return of(ProblemType.FORBIDDEN, detail);
    }

    /** 401: no or no valid credentials. */
    public static ProblemException unauthenticated(String detail) {
        return new ProblemException(Problem.of(ProblemType.UNAUTHENTICATED, detail),
                Map.of("WWW-Authenticate", "Bearer"));
    }

    /** 400: one field is not valid. */
    public static ProblemException validation(String field, String message) {
        return validation(List.of(new FieldError(field, message)));
    }

    /** 400: these fields are not valid. */
    public static ProblemException validation(List<FieldError> errors) {
        return new ProblemException(Problem.of(ProblemType.VALIDATION, errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are not valid").withErrors(errors));
    }

    /** 400 for a request that is wrong as a whole (no single field to blame). */
    public static ProblemException badRequest(String detail) {
        return of(ProblemType.BAD_REQUEST, detail);
    }

    /** 412: the {@code If-Match} version is not the current one. */
    public static ProblemException staleVersion(String detail) {
        return of(ProblemType.STALE_VERSION, detail);
    }

    /** 428: this update needs an {@code If-Match} header. */
    public static ProblemException preconditionRequired(String detail) {
        return of(ProblemType.PRECONDITION_REQUIRED, detail);
    }

    /** 422: well-formed, but a rule forbids it. */
    public static ProblemException unprocessable(String detail) {
        return of(ProblemType.UNPROCESSABLE, detail);
    }
}
