package io.remedy.platform.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Problems for failures that happen before a request reaches Quarkus REST: an invalid token rejected by proactive
 * authentication (401, keeping the {@code WWW-Authenticate} challenge; a {@link RefusedTokens} bean is asked first),
 * an HTTP permission denial (403), a body over {@code quarkus.http.limits.max-body-size} (413).
 */
@ApplicationScoped
public class HttpFailureProblems {

    private final ProblemResponses responses;
    private final Instance<RefusedTokens> refusedTokens;
    private final long maxBodySize;

    public HttpFailureProblems(ProblemResponses responses, Instance<RefusedTokens> refusedTokens,
                               @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> limit) {
        this.responses = responses;
        this.refusedTokens = refusedTokens;
        this.maxBodySize = limit.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
        // just before Quarkus' own Content-Length check (order -2), which answers 413 with an empty body
        router.route().order(-3).handler(this::refuseOversizedBody);
    }

    void refuseOversizedBody(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > maxBodySize) {
                    context.response().putHeader("Connection", "close");
                    responses.send(context, Problem.of(ProblemType.PAYLOAD_TOO_LARGE, "The request body is larger than "
                            + maxBodySize + " bytes"));
                    return;
                }
            } catch (NumberFormatException e) {
                // not ours to judge: the HTTP layer refuses a broken Content-Length
            }
        }
        context.next();
    }

    void handle(RoutingContext context) {
        if (context.response().headWritten() || context.response().ended()) {
            context.next();
            return;
        }
        Throwable failure = context.failure();
        if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException) {
            if (refusedTokens.isResolvable()) {
                refusedTokens.get().mayAnswer(context).subscribe().with(mayAnswer -> {
                    if (mayAnswer) {
                        unauthenticated(context);
                    }
                }, context::fail);
            } else {
                unauthenticated(context);
            }
        } else if (failure instanceof io.quarkus.security.ForbiddenException) {
            responses.send(context, Problem.of(ProblemType.FORBIDDEN, "You may not do this"));
        } else if (context.statusCode() == 413) {
            responses.send(context, Problem.of(ProblemType.PAYLOAD_TOO_LARGE, "The request body is too large"));
        } else {
            context.next();
        }
    }

    /** Ends the request with 401 and the authentication mechanism's {@code WWW-Authenticate} challenge. */
    public void unauthenticated(RoutingContext context) {
        HttpAuthenticator authenticator = context.get(HttpAuthenticator.class.getName());
        Uni<ChallengeData> challenge = authenticator == null ? Uni.createFrom().nullItem()
                : authenticator.getChallenge(context).onFailure().recoverWithNull();
        challenge.subscribe().with(c -> {
            if (c != null && !c.getHeaders().isEmpty()) {
                c.getHeaders().forEach((name, value) -> context.response().putHeader(name, value));
            } else {
                context.response().putHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            }
            responses.send(context, Problem.of(ProblemType.UNAUTHENTICATED, "A valid bearer token is required"));
        }, context::fail);
    }
}
