package io.remedy.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;

/**
 * Writes problems as {@code application/problem+json} responses — for Quarkus REST, and on the Vert.x level for what
 * answers before a request reaches a resource (failure handlers, the gateway's proxy and filters) — and server faults
 * as a generic, logged 500.
 */
@ApplicationScoped
public class ProblemResponses {

    private final ObjectMapper json;

    public ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    /** The response carrying a problem, with extra headers. */
    public Response of(Problem problem, Map<String, String> headers) {
        Response.ResponseBuilder response = Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(write(problem));
        headers.forEach(response::header);
        return response.build();
    }

    /** The response carrying a problem. */
    public Response of(Problem problem) {
        return of(problem, Map.of());
    }

    /**
     * Ends a Vert.x request with the problem, reported for the request path unless it names its instance, with these
     * extra headers. Once the status line is out the only honest signal left is to cut the connection, so that is done.
     */
    public void send(RoutingContext context, Problem problem, Map<String, String> headers) {
        HttpServerResponse response = context.response();
        if (response.ended() || response.headWritten()) {
            if (!response.ended()) {
                response.reset();
            }
            return;
        }
        Problem located = problem.instance() == null ? problem.withInstance(context.request().path()) : problem;
        headers.forEach(response::putHeader);
        response.setStatusCode(located.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(write(located));
    }

    /** Ends a Vert.x request with the problem, reported for the request path unless it names its instance. */
    public void send(RoutingContext context, Problem problem) {
        send(context, problem, Map.of());
    }

    /** A real server fault: logged with a correlation id; the client sees only that id, never the cause. */
    public Problem fault(Throwable cause, String instance) {
        String correlationId = UUID.randomUUID().toString();
        Log.errorf(cause, "Server fault %s at %s", correlationId, instance);
        return Problem.of(ProblemType.SERVER_ERROR, "An unexpected error occurred; quote the correlation id")
                .withInstance(instance).withCorrelationId(correlationId);
    }

    /** The problem as JSON text. */
    public String write(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem could not be written", e);
        }
    }
}
