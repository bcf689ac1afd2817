package io.remedy.gateway.routing;

import io.quarkus.logging.Log;
import io.remedy.gateway.config.GatewayConfig;
import io.remedy.platform.problem.Problem;
import io.remedy.platform.problem.ProblemResponses;
import io.remedy.platform.problem.ProblemType;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.streams.Pipe;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One proxied call's exchanges with its service: an instance picked per attempt, its circuit breaker asked first
 * (503 + {@code Retry-After} while open), the route class's timeout until the answer's headers, retries of any method
 * when no connection could be had (nothing was sent) and of idempotent methods (GET, HEAD, OPTIONS) on a connection
 * lost mid-call or a 502/503/504, and the answer streamed to the caller as it comes. A caller who hangs up never
 * resets a pooled exchange (see {@link #callerGone}).
 */
@ApplicationScoped
class UpstreamExchange {

    private static final Set<HttpMethod> IDEMPOTENT = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final UpstreamClient upstreams;
    private final UpstreamInstances instances;
    private final CircuitBreakers breakers;
    private final ForwardedHeaders headers;
    private final ProblemResponses problems;
    private final Vertx vertx;
    private final int maxAttempts;
    private final Duration backoff;

    UpstreamExchange(UpstreamClient upstreams, UpstreamInstances instances, CircuitBreakers breakers,
                     ForwardedHeaders headers, ProblemResponses problems, Vertx vertx, GatewayConfig config) {
        this.upstreams = upstreams;
        this.instances = instances;
        this.breakers = breakers;
        this.headers = headers;
        this.problems = problems;
        this.vertx = vertx;
        this.maxAttempts = Math.max(1, config.retry().maxAttempts());
        this.backoff = config.retry().backoff();
    }

    void attempt(ProxiedCall call, Buffer body, int attempt) {
        RoutingContext context = call.context();
        if (context.response().closed() || context.response().ended()) {
            return;
        }
        // each attempt picks an instance anew: a retry after a failed connection goes to another one
        UpstreamInstances.Instance instance = instances.choose(call.upstream());
        CircuitBreaker.Permit permit = breakers.of(instance).tryAcquire();
        if (permit instanceof CircuitBreaker.Refused refused) {
            long seconds = Math.max(1, (refused.retryAfter().toMillis() + 999) / 1000);
            problems.send(context, Problem.of(ProblemType.UNAVAILABLE, call.upstream().serviceName()
                    + " is unavailable; the gateway lets it recover before calling it again"),
                    Map.of("Retry-After", String.valueOf(seconds)));
            return;
        }
        CircuitBreaker.Granted granted = (CircuitBreaker.Granted) permit;
        RequestOptions options = upstreams.options(instance, call.method(), call.uri())
                .setHeaders(headers.toService(context.request(), body));
        HttpClient client = call.limits().stream() ? upstreams.streams() : upstreams.client();
        client.request(options).onComplete(connected -> {
            if (connected.failed()) {
                granted.failure();
                // no connection, so nothing of the request left the gateway: any method may be tried again
                if (attempt < maxAttempts) {
                    retry(call, body, attempt);
                } else {
                    problems.send(context, Problem.of(ProblemType.BAD_GATEWAY,
                            call.upstream().serviceName() + " is unreachable"));
                }
                return;
            }
            exchange(call, body, attempt, granted, connected.result());
        });
    }

    /**
     * Where one attempt stands, as the caller's context sees it: whether the service's answer arrived, the pipe that
     * relays its body, whether the caller went away.
     */
    private static final class Attempt {
        boolean answered;
        boolean callerGone;
        Pipe<Buffer> relaying;
    }

    private void exchange(ProxiedCall call, Buffer body, int attempt, CircuitBreaker.Granted granted,
                          HttpClientRequest upstream) {
        RoutingContext context = call.context();
        Attempt state = new Attempt();
        AtomicBoolean timedOut = new AtomicBoolean();
        long timer = vertx.setTimer(call.limits().timeout().toMillis(), id -> {
            timedOut.set(true);
            upstream.reset();
        });
        context.addEndHandler(ended -> {
            if (ended.failed()) {
                // the caller went away (e.g. closed an event stream): free the service's connection too
                granted.release();
                callerGone(call, state, upstream, timer);
            }
        });
        Future<HttpClientResponse> sent = body == null ? upstream.send() : upstream.send(body);
        sent.onComplete(answered -> {
            vertx.cancelTimer(timer);
            state.answered = true;
            if (answered.failed()) {
                granted.failure();
                if (timedOut.get()) {
                    problems.send(context, Problem.of(ProblemType.GATEWAY_TIMEOUT, call.upstream().serviceName()
                            + " did not answer within " + call.limits().timeout().toMillis() + " ms"));
                } else if (!state.callerGone) {
                    Log.warnf("%s closed the connection without an answer to a %s (attempt %d): %s",
                            call.upstream().serviceName(), call.method(), attempt, answered.cause().toString());
                    retryOrFail(call, body, attempt, Problem.of(ProblemType.BAD_GATEWAY,
                            call.upstream().serviceName() + " closed the connection without an answer"));
                }
                return;
            }
            HttpClientResponse response = answered.result();
            int status = response.statusCode();
            if (status == 502 || status == 503 || status == 504) {
                granted.failure();
                if (mayRetry(call, attempt) && !state.callerGone) {
                    response.body().onComplete(discarded -> retry(call, body, attempt));
                    return;
                }
            } else {
                granted.success();
            }
            relay(call, response, upstream, state);
        });
    }

    /**
     * The caller went away. An event stream's connection serves nobody else: it is reset. A pooled connection is
     * never reset once the service may have answered on it: Vert.x closes the connection of a reset exchange whose
     * answer was already received, and by then the pool may have lent that connection to another call, which would
     * lose its answer. So a pooled exchange still waiting for its answer is left to finish (the route's timeout
     * still bounds it) and the answer is dropped; one being relayed stops relaying and drops the rest.
     */
    private void callerGone(ProxiedCall call, Attempt state, HttpClientRequest upstream, long timer) {
        state.callerGone = true;
        if (call.limits().stream()) {
            vertx.cancelTimer(timer);
            upstream.reset();
        } else if (state.relaying != null) {
            state.relaying.close();
        }
    }

    private boolean mayRetry(ProxiedCall call, int attempt) {
        return attempt < maxAttempts && IDEMPOTENT.contains(call.method());
    }

    private void retryOrFail(ProxiedCall call, Buffer body, int attempt, Problem problem) {
        if (mayRetry(call, attempt)) {
            retry(call, body, attempt);
        } else {
            problems.send(call.context(), problem);
        }
    }

    private void retry(ProxiedCall call, Buffer body, int attempt) {
        long delay = Math.max(1, backoff.toMillis() << (attempt - 1));
        Log.debugf("Retrying %s %s on %s (attempt %d)", call.method(), call.context().normalizedPath(),
                call.upstream().serviceName(), attempt + 1);
        vertx.setTimer(delay, id -> attempt(call, body, attempt + 1));
    }

    /** Streams the service's answer to the caller: status, end-to-end headers, body as it comes. */
    private void relay(ProxiedCall call, HttpClientResponse response, HttpClientRequest upstream, Attempt state) {
        HttpServerResponse out = call.context().response();
        if (state.callerGone || out.closed() || out.ended()) {
            if (call.limits().stream()) {
                upstream.reset();
            } else {
                // read to its end and dropped: the connection goes back to the pool whole
                response.handler(ignored -> { }).resume();
            }
            return;
        }
        out.setStatusCode(response.statusCode());
        if (response.statusMessage() != null) {
            out.setStatusMessage(response.statusMessage());
        }
        headers.toCaller(response.headers(), out.headers());
        int status = response.statusCode();
        if (call.method() == HttpMethod.HEAD || status == 204 || status == 304 || (status >= 100 && status < 200)) {
            response.body().onComplete(ignored -> out.end());
            return;
        }
        if (!response.headers().contains(HttpHeaders.CONTENT_LENGTH)) {
            out.setChunked(true);
        }
        state.relaying = response.pipe().endOnFailure(false);
        state.relaying.to(out).onFailure(broken -> {
            // the service broke off mid-answer: the caller must not take a truncated body for a whole one
            if (!out.closed()) {
                out.reset();
            }
        });
    }
}
