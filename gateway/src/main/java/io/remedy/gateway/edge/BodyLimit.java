package io.remedy.gateway.edge;

import io.remedy.gateway.routing.RouteClasses;
import io.remedy.platform.problem.Problem;
import io.remedy.platform.problem.ProblemResponses;
import io.remedy.platform.problem.ProblemType;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Refuses a declared body larger than its route class allows with 413 problem+json, before a byte of it is read
 * (and before Quarkus' own, empty-bodied 413 at order -2). Bodies without a declared length are counted as they are
 * read by the proxy.
 */
@ApplicationScoped
public class BodyLimit {

    /** Before remedy-platform-web's limit of every path (-3), which knows only the largest body of any route class. */
    static final int ORDER = -4;

    private final RouteClasses routeClasses;
    private final ProblemResponses problems;

    public BodyLimit(RouteClasses routeClasses, ProblemResponses problems) {
        this.routeClasses = routeClasses;
        this.problems = problems;
    }

    void register(@Observes Router router) {
        router.route("/api/*").order(ORDER).handler(this::check);
    }

    /**
     * The rest of a refused body is not worth reading: HTTP/1 closes the connection after the answer (the header says
     * so, and the connection is closed once the answer is out, or Vert.x would go on reading what the client sends).
     */
    public static void closeAfterwards(RoutingContext context) {
        if (context.request().version() != HttpVersion.HTTP_2) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
            context.addEndHandler(answered -> context.request().connection().close());
        }
    }

    void check(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            long limit = routeClasses.of(context.normalizedPath()).maxBodySize();
            try {
                if (Long.parseLong(length.trim()) > limit) {
                    closeAfterwards(context);
                    problems.send(context, Problem.of(ProblemType.PAYLOAD_TOO_LARGE,
                            "The request body is larger than " + limit + " bytes"));
                    return;
                }
            } catch (NumberFormatException e) {
                // not ours to judge: the HTTP codec refuses a broken Content-Length
            }
        }
        context.next();
    }
}
