package io.remedy.gateway.routing;

import io.remedy.gateway.edge.BodyLimit;
import io.remedy.platform.problem.Problem;
import io.remedy.platform.problem.ProblemResponses;
import io.remedy.platform.problem.ProblemType;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.Optional;

/**
 * Forwards {@code /api/v1/**} to the service that owns the path. Quarkus OIDC has validated the bearer token before
 * this runs (HTTP permission on {@code /api/*}); the token travels on unchanged and the services validate it again.
 *
 * <p>Per call: the route class's body-size limit (413) and body timeout ({@link RequestBodies}), then the exchanges
 * with the service ({@link UpstreamExchange}): the route class's timeout (until the service's response headers; a
 * stream may then run as long as it likes), the circuit breaker of the service (503 + {@code Retry-After} while
 * open), retries of any method when no connection to the service could be had (nothing was sent), retries of
 * idempotent methods (GET, HEAD, OPTIONS) on a connection lost mid-call or a 502/503/504. Request bodies are read into
 * memory up to that limit; responses stream, so server-sent events pass through as they come.
 * Paths no service owns fall through to the gateway's own endpoints (reports) or its 404.
 */
@ApplicationScoped
public class ApiProxy {

    /** A calendar feed's public path, {@code /calendar/<token>.ics}: the only route outside {@code /api}. */
    public static final String CALENDAR_FEED = "/calendar/[A-Za-z0-9_-]+\\.ics";

    private final RouteClasses routeClasses;
    private final RequestBodies bodies;
    private final UpstreamExchange exchange;
    private final ProblemResponses problems;

    public ApiProxy(RouteClasses routeClasses, RequestBodies bodies, UpstreamExchange exchange,
                    ProblemResponses problems) {
        this.routeClasses = routeClasses;
        this.bodies = bodies;
        this.exchange = exchange;
        this.problems = problems;
    }

    void register(@Observes Router router) {
        router.route("/api/v1/*").handler(this::handle);
        // private calendar feeds: no bearer token (the secret token is in the path), GET only
        router.routeWithRegex(HttpMethod.GET, CALENDAR_FEED).handler(this::handle);
    }

    void handle(RoutingContext context) {
        // dot segments resolved: "/api/v1/records/../../q/metrics" must not reach a service's management paths
        String path = context.normalizedPath();
        Optional<Upstream> owner = RouteTable.ownerOf(path);
        if (owner.isEmpty()) {
            context.next();
            return;
        }
        HttpServerRequest request = context.request();
        String query = request.query();
        ProxiedCall call = new ProxiedCall(context, owner.get(), query == null ? path : path + "?" + query,
                routeClasses.of(path));
        bodies.read(context, call.limits().maxBodySize()).onComplete(body -> {
            if (body.failed()) {
                if (body.cause() instanceof RequestBodies.BodyTooLarge) {
                    BodyLimit.closeAfterwards(context);
                    problems.send(context, Problem.of(ProblemType.PAYLOAD_TOO_LARGE, "The request body is larger than "
                            + call.limits().maxBodySize() + " bytes"));
                } else if (body.cause() instanceof RequestBodies.BodyTooSlow) {
                    BodyLimit.closeRightAfterwards(context);
                    problems.send(context, Problem.of(ProblemType.REQUEST_TIMEOUT, "The request body did not arrive"
                            + " within " + bodies.timeout().toMillis() + " ms"));
                } else {
                    context.response().reset();
                }
                return;
            }
            exchange.attempt(call, body.result(), 1);
        });
    }
}
