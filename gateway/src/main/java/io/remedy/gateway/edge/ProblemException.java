package io.remedy.gateway.edge;

import java.util.Map;

/** Ends a request of the gateway's own endpoints with a problem (and, e.g., {@code Retry-After}). */
public class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;
    private final transient Map<String, String> headers;

    public ProblemException(Problem problem, Map<String, String> headers) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
        this.headers = Map.copyOf(headers);
    }

    public ProblemException(Problem problem) {
        this(problem, Map.of());
    }

    /** 400 naming the field. */
    public static ProblemException invalid(String field, String message) {
        return new ProblemException(Problem.invalid(field, message));
    }

    /** 403. */
    public static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.of(Problem.Kind.FORBIDDEN, detail));
    }

    public Problem problem() {
        return problem;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
