package io.remedy.console.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

import java.io.IOException;

/**
 * Turns every error answer of the gateway into an {@link ApiProblem} (its problem+json, or one made from the status)
 * or, for a missing service, {@link ServiceUnavailable}. Registered on every gateway client.
 */
public final class GatewayProblems implements ResponseExceptionMapper<RuntimeException> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public RuntimeException toThrowable(Response response) {
        int status = response.getStatus();
        if (status == 502 || status == 503 || status == 504) {
            return new ServiceUnavailable("the gateway answered " + status, null);
        }
        Problem problem = read(response);
        return new ApiProblem(problem);
    }

    private static Problem read(Response response) {
        int status = response.getStatus();
        try {
            if (response.hasEntity()) {
                response.bufferEntity();
                String body = response.readEntity(String.class);
                if (body != null && body.startsWith("{")) {
                    Problem problem = JSON.readValue(body, Problem.class);
                    return problem.status() == 0
                            ? new Problem(problem.type(), problem.title(), status, problem.detail(), problem.errors())
                            : problem;
                }
            }
        } catch (IOException | RuntimeException e) {
            Log.debugf("unreadable problem body with status %d: %s", status, e.getMessage());
        }
        return new Problem("about:blank", Response.Status.fromStatusCode(status) == null ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase(), status, null, null);
    }
}
