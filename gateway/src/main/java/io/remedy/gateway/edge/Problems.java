package io.remedy.gateway.edge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.UUID;

/** Writes problems as {@code application/problem+json} responses on the Vert.x level (proxy, filters). */
@ApplicationScoped
public class Problems {

    private final ObjectMapper json;

    public Problems(ObjectMapper json) {
        this.json = json;
    }

    /** Ends the request with the problem, reported for the request path, with these extra headers. */
    public void send(RoutingContext context, Problem problem, Map<String, String> headers) {
        HttpServerResponse response = context.response();
        if (response.ended() || response.headWritten()) {
            // the status line is gone: the only honest signal left is to cut the connection
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

    public void send(RoutingContext context, Problem problem) {
        send(context, problem, Map.of());
    }

    /** A real fault: logged under a correlation id that the client sees instead of the cause. */
    public Problem fault(Throwable cause, String path) {
        String correlationId = UUID.randomUUID().toString();
        Log.errorf(cause, "Gateway fault %s at %s", correlationId, path);
        return Problem.of(Problem.Kind.SERVER_ERROR, "An unexpected error occurred; quote the correlation id")
                .withInstance(path).withCorrelationId(correlationId);
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
