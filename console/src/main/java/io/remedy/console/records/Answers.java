package io.remedy.console.records;

import io.remedy.console.api.ApiProblem;
import io.smallrye.mutiny.Uni;

/** How a page takes the API's answers that may rightly be empty. */
public final class Answers {

    private Answers() {
    }

    /** The answer, or null when the API says there is none yet (404), e.g. a client without an intake. */
    public static <T> Uni<T> orNone(Uni<T> answer) {
        return answer.onFailure(failure -> failure instanceof ApiProblem problem && problem.status() == 404)
                .recoverWithNull();
    }
}
