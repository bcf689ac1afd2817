package io.remedy.gateway.edge;

import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.remedy.gateway.ratelimit.RateLimitFilter;
import io.remedy.platform.problem.HttpFailureProblems;
import io.remedy.platform.problem.Problem;
import io.remedy.platform.problem.ProblemResponses;
import io.remedy.platform.problem.ProblemType;
import io.remedy.platform.problem.RefusedTokens;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The gateway's part of answering what fails before a request reaches a route (the rest, 401 with the challenge, 403
 * and 413, is remedy-platform-web's {@link HttpFailureProblems}): every {@code /api} call needs a valid token, an
 * {@code /api} path nobody serves is a 404 problem rather than Quarkus' HTML page, and requests refused for an invalid
 * token still draw from their address's rate-limit bucket, so that a flood of forged tokens meets 429 as any other
 * flood does.
 */
@ApplicationScoped
public class EdgeFailures implements RefusedTokens {

    private final ProblemResponses problems;
    private final HttpFailureProblems failures;
    private final RateLimitFilter rateLimits;

    public EdgeFailures(ProblemResponses problems, HttpFailureProblems failures, RateLimitFilter rateLimits) {
        this.problems = problems;
        this.failures = failures;
        this.rateLimits = rateLimits;
    }

    /** After the rate limit (-150), before Quarkus' own permission check (-100), which would answer with no body. */
    static final int REQUIRE_TOKEN_ORDER = -140;

    void register(@Observes Router router) {
        router.route("/api/*").order(REQUIRE_TOKEN_ORDER).handler(this::requireToken);
        // an /api path nobody serves: a problem, not Quarkus' HTML page
        router.route("/api/*").order(Integer.MAX_VALUE - 1).handler(context -> problems.send(context,
                Problem.of(ProblemType.NOT_FOUND, "No such resource: " + context.normalizedPath())));
    }

    @Override
    public Uni<Boolean> mayAnswer(RoutingContext context) {
        return rateLimits.chargeRejected(context);
    }

    /** Every /api call needs a valid token (the HTTP permission on /api/* says so too, as a second line). */
    void requireToken(RoutingContext context) {
        if (context.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous()) {
            context.next();
        } else {
            failures.unauthenticated(context);
        }
    }
}
