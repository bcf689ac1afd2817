package io.remedy.console.api;

/**
 * The gateway refused a call with a problem (4xx, or a 5xx it explained). Pages show it: beside the offending form
 * field ({@link io.remedy.console.page.FormErrors}), or as a refusal page for 403.
 */
public final class ApiProblem extends RuntimeException {

    private final transient Problem problem;

    public ApiProblem(Problem problem) {
        super(problem.status() + " " + problem.title(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public int status() {
        return problem.status();
    }
}
