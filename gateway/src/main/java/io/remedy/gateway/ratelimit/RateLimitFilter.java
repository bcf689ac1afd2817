package io.remedy.gateway.ratelimit;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.remedy.gateway.config.GatewayConfig;
import io.remedy.gateway.edge.ClientAddress;
import io.remedy.gateway.routing.ApiProxy;
import io.remedy.platform.problem.Problem;
import io.remedy.platform.problem.ProblemResponses;
import io.remedy.platform.problem.ProblemType;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * Rate limits on {@code /api/*}, after authentication and before authorisation: a caller with a valid token draws
 * from their own bucket (tenant + subject), anyone else from their address's bucket; reads and writes have separate
 * buckets. Every answer carries {@code RateLimit-Limit}, {@code -Remaining}, {@code -Reset}; a refusal is 429
 * problem+json with {@code Retry-After}. A request whose token was rejected outright is charged by
 * {@link #chargeRejected} on its way to the 401.
 */
@ApplicationScoped
public class RateLimitFilter {

    /** After authentication (-200), before authorisation (-100). */
    static final int ORDER = -150;
    /** Marks a request already charged to a bucket. */
    static final String CHARGED = RateLimitFilter.class.getName() + ".charged";

    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final RateLimiter limiter;
    private final ClientAddress clientAddress;
    private final ProblemResponses problems;
    private final boolean enabled;
    private final Policy authenticatedReads;
    private final Policy authenticatedWrites;
    private final Policy anonymousReads;
    private final Policy anonymousWrites;

    public RateLimitFilter(RateLimiter limiter, ClientAddress clientAddress, ProblemResponses problems,
                           GatewayConfig config) {
        this.limiter = limiter;
        this.clientAddress = clientAddress;
        this.problems = problems;
        GatewayConfig.RateLimit limits = config.rateLimit();
        this.enabled = limits.enabled();
        this.authenticatedReads = Policy.of("authenticated-reads", limits.authenticatedReads());
        this.authenticatedWrites = Policy.of("authenticated-writes", limits.authenticatedWrites());
        this.anonymousReads = Policy.of("anonymous-reads", limits.anonymousReads());
        this.anonymousWrites = Policy.of("anonymous-writes", limits.anonymousWrites());
    }

    void register(@Observes Router router) {
        router.route("/api/*").order(ORDER).handler(this::handle);
        // calendar feeds carry no bearer token: limited per client address, as anonymous reads
        router.routeWithRegex(ApiProxy.CALENDAR_FEED).order(ORDER).handler(this::handle);
    }

    void handle(RoutingContext context) {
        if (!enabled) {
            context.next();
            return;
        }
        SecurityIdentity identity = context.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
        Uni<Decision> decision = identity == null || identity.isAnonymous() ? anonymous(context)
                : limiter.take(userKey(identity, context), reads(context) ? authenticatedReads : authenticatedWrites);
        context.put(CHARGED, Boolean.TRUE);
        decision.emitOn(on(Vertx.currentContext())).subscribe().with(
                made -> {
                    if (admitted(context, made)) {
                        context.next();
                    }
                },
                context::fail);
    }

    /**
     * For a request about to be refused with 401 because its token was invalid: charges the address's bucket
     * (so a flood of forged tokens meets 429 too) unless the request was charged already. True if it may get its
     * 401; false if the 429 was sent instead.
     */
    public Uni<Boolean> chargeRejected(RoutingContext context) {
        if (!enabled || context.get(CHARGED) != null || !context.normalizedPath().startsWith("/api/")) {
            return Uni.createFrom().item(Boolean.TRUE);
        }
        context.put(CHARGED, Boolean.TRUE);
        return anonymous(context).emitOn(on(Vertx.currentContext())).map(made -> admitted(context, made));
    }

    private Uni<Decision> anonymous(RoutingContext context) {
        Policy policy = reads(context) ? anonymousReads : anonymousWrites;
        return limiter.take("ip:" + clientAddress.of(context.request()) + ":" + policy.name(), policy);
    }

    private static String userKey(SecurityIdentity identity, RoutingContext context) {
        String subject = identity.getPrincipal().getName();
        String tenant = "";
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            subject = token.getSubject() == null ? subject : token.getSubject();
            Object claim = token.getClaim("tenant");
            tenant = claim == null ? "" : claim.toString();
        }
        return "user:" + tenant + ":" + subject + ":" + (reads(context) ? "reads" : "writes");
    }

    private static boolean reads(RoutingContext context) {
        return READS.contains(context.request().method());
    }

    /** Puts the headers on the response; sends the 429 and returns false when the bucket was empty. */
    private boolean admitted(RoutingContext context, Decision decision) {
        HttpServerResponse response = context.response();
        response.putHeader("RateLimit-Limit", String.valueOf(decision.policy().capacity()))
                .putHeader("RateLimit-Remaining", String.valueOf(decision.remaining()))
                .putHeader("RateLimit-Reset", String.valueOf(decision.resetSeconds()))
                .putHeader("RateLimit-Policy", decision.policy().capacity() + ";w=" + decision.policy().windowSeconds());
        if (decision.allowed()) {
            return true;
        }
        limiter.refused(decision);
        problems.send(context, Problem.of(ProblemType.TOO_MANY_REQUESTS, "Too many requests; try again in "
                + decision.retryAfterSeconds() + " s"), Map.of("Retry-After", String.valueOf(decision.retryAfterSeconds())));
        return false;
    }

    /** Back on the request's own event loop: routing must go on where it started. */
    private static Executor on(Context context) {
        if (context == null) {
            return Runnable::run;
        }
        return task -> {
            if (Vertx.currentContext() == context) {
                task.run();
            } else {
                context.runOnContext(ignored -> task.run());
            }
        };
    }
}
