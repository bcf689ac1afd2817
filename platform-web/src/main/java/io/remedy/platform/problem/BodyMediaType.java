package io.remedy.platform.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A request body must say what it is: a body without {@code Content-Type} is a 415 problem, before any resource
 * guesses its format (Quarkus REST would otherwise read it as JSON).
 */
public class BodyMediaType {

    private final ProblemResponses responses;

    public BodyMediaType(ProblemResponses responses) {
        this.responses = responses;
    }

    @ServerRequestFilter(preMatching = true)
    public Response requireContentType(ContainerRequestContext request) {
        if (request.getHeaderString(HttpHeaders.CONTENT_TYPE) != null || !hasBody(request)) {
            return null;
        }
        return responses.of(Problem.of(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                        "A request body needs a Content-Type header (application/json)")
                .withInstance(request.getUriInfo().getPath()));
    }

    private static boolean hasBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            try {
                return Long.parseLong(length.trim()) > 0;
            } catch (NumberFormatException e) {
                return true;
            }
        }
        return request.getHeaderString("Transfer-Encoding") != null;
    }
}
