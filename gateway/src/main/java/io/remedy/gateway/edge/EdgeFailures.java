package io.remedy.gateway.edge;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.remedy.gateway.ratelimit.RateLimitFilter;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Problems for what fails before a request reaches a route: a missing or invalid token on {@code /api/*} (401 with
 * the {@code WWW-Authenticate} challenge; Quarkus would answer with an empty body), a permission denial (403), a body
 * over Quarkus' own limit (413). Requests refused for an invalid token still draw from their address's rate-limit
 * bucket, so that a flood of forged tokens meets 429 as any other flood does.
 */
@ApplicationScoped
public class EdgeFailures {

    private final Problems problems;
    private final RateLimitFilter rateLimits;

    public EdgeFailures(Problems problems, RateLimitFilter rateLimits) {
        this.problems = problems;
        this.rateLimits = rateLimits;
    }

    /** After the rate limit (-150), before Quarkus' own permission check (-100), which would answer with no body. */
    static final int REQUIRE_TOKEN_ORDER = -140;

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
        router.route("/api/*").order(REQUIRE_TOKEN_ORDER).handler(this::requireToken);
        // an /api path nobody serves: a problem, not Quarkus' HTML page
        router.route("/api/*").order(Integer.MAX_VALUE - 1).handler(context -> problems.send(context,
                Problem.of(Problem.Kind.NOT_FOUND, "No such resource: " + context.normalizedPath())));
    }

    void handle(RoutingContext context) {
        if (context.response().headWritten() || context.response().ended()) {
            context.next();
            return;
        }
        Throwable failure = context.failure();
        if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException) {
            rateLimits.chargeRejected(context).subscribe().with(mayAnswer -> {
                if (mayAnswer) {
                    unauthenticated(context);
                }
            }, context::fail);
        } else if (failure instanceof ForbiddenException) {
            problems.send(context, Problem.of(Problem.Kind.FORBIDDEN, "You may not do this"));
        } else if (context.statusCode() == 413) {
            problems.send(context, Problem.of(Problem.Kind.PAYLOAD_TOO_LARGE, "The request body is too large"));
        } else {
            context.next();
        }
    }

    /** Every /api call needs a valid token (the HTTP permission on /api/* says so too, as a second line). */
    void requireToken(RoutingContext context) {
        if (context.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous()) {
            context.next();
        } else {
            unauthenticated(context);
        }
    }

    private void unauthenticated(RoutingContext context) {
        HttpAuthenticator authenticator = context.get(HttpAuthenticator.class.getName());
        Uni<ChallengeData> challenge = authenticator == null ? Uni.createFrom().nullItem()
                : authenticator.getChallenge(context).onFailure().recoverWithNull();
        challenge.subscribe().with(data -> {
            if (data != null && !data.getHeaders().isEmpty()) {
                data.getHeaders().forEach((name, value) -> context.response().putHeader(name, value));
            } else {
                context.response().putHeader("WWW-Authenticate", "Bearer");
            }
            problems.send(context, Problem.of(Problem.Kind.UNAUTHENTICATED, "A valid bearer token is required"));
        }, context::fail);
    }
}
