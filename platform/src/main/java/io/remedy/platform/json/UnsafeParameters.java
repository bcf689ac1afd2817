package io.remedy.platform.json;

import io.remedy.platform.problem.FieldError;
import io.remedy.platform.problem.Problem;
import io.remedy.platform.problem.ProblemResponses;
import io.remedy.platform.problem.ProblemType;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The request-line twin of the strict JSON reader: a query parameter or path whose decoded text holds a control
 * character (a NUL above all, which PostgreSQL refuses) or an unpaired surrogate is a 400 problem naming it, before
 * any resource runs a query with it.
 */
public class UnsafeParameters {

    private final ProblemResponses responses;

    public UnsafeParameters(ProblemResponses responses) {
        this.responses = responses;
    }

    @ServerRequestFilter(preMatching = true)
    public Response refuseUnsafeText(ContainerRequestContext request) {
        List<FieldError> errors = new ArrayList<>();
        String pathProblem = SafeText.problem(request.getUriInfo().getPath());
        if (pathProblem != null) {
            errors.add(new FieldError("path", pathProblem));
        }
        MultivaluedMap<String, String> query;
        try {
            query = request.getUriInfo().getQueryParameters();
        } catch (IllegalArgumentException e) {
            return responses.of(Problem.of(ProblemType.BAD_REQUEST, "The query string is not validly percent-encoded"));
        }
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            String nameProblem = SafeText.problem(parameter.getKey());
            for (String value : parameter.getValue()) {
                String problem = nameProblem != null ? nameProblem : SafeText.problem(value);
                if (problem != null) {
                    errors.add(new FieldError(nameProblem != null ? "query" : parameter.getKey(), problem));
                    break;
                }
            }
        }
        if (errors.isEmpty()) {
            return null;
        }
        return responses.of(Problem.of(ProblemType.BAD_REQUEST, "The request holds text that cannot be stored or searched")
                .withErrors(errors));
    }
}
