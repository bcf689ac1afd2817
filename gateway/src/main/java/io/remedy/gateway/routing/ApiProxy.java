package io.remedy.gateway.routing;

import io.quarkus.logging.Log;
import io.remedy.gateway.config.GatewayConfig;
import io.remedy.gateway.edge.BodyLimit;
import io.remedy.gateway.edge.ClientAddress;
import io.remedy.gateway.edge.Correlation;
import io.remedy.platform.problem.Problem;
import io.remedy.platform.problem.ProblemResponses;
import io.remedy.platform.problem.ProblemType;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.streams.Pipe;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Forwards {@code /api/v1/**} to the service that owns the path. Quarkus OIDC has validated the bearer token before
 * this runs (HTTP permission on {@code /api/*}); the token travels on unchanged and the services validate it again.
 *
 * <p>Per call: the route class's timeout (until the service's response headers; a stream may then run as long as it
 * likes), the circuit breaker of the service (503 + {@code Retry-After} while open), retries of any method when no
 * connection to the service could be had (nothing was sent), retries of idempotent methods (GET, HEAD, OPTIONS) on a
 * connection lost mid-call or a 502/503/504, and the route class's body-size limit (413).
 * Request bodies are read into memory up to that limit (the API's bodies are small JSON documents; a bounded buffer
 * also lets a retry resend them); responses stream, so server-sent events pass through as they come.
 * Paths no service owns fall through to the gateway's own endpoints (reports) or its 404.
 */
@ApplicationScoped
public class ApiProxy {

    /** Headers that describe one connection, not the message: never forwarded either way (RFC 9110 §7.6.1). */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade");
    /** Set by the gateway itself on the way in: whatever a caller sent in them is dropped (the services trust them). */
    // traceparent/tracestate: OpenTelemetry sets them, to the gateway's client span (the service's parent)
    private static final Set<String> OWNED_ON_REQUEST = Set.of("host", "content-length", "expect", "forwarded",
            "x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-forwarded-prefix",
            "traceparent", "tracestate");
    /** A calendar feed's public path, {@code /calendar/<token>.ics}: the only route outside {@code /api}. */
    public static final String CALENDAR_FEED = "/calendar/[A-Za-z0-9_-]+\\.ics";
    private static final Set<HttpMethod> IDEMPOTENT = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final RouteClasses routeClasses;
    private final UpstreamClient upstreams;
    private final UpstreamInstances instances;
    private final CircuitBreakers breakers;
    private final ClientAddress clientAddress;
    private final ProblemResponses problems;
    private final Vertx vertx;
    private final int maxAttempts;
    private final Duration backoff;
    private final Duration bodyTimeout;

    public ApiProxy(RouteClasses routeClasses, UpstreamClient upstreams, UpstreamInstances instances,
                    CircuitBreakers breakers, ClientAddress clientAddress, ProblemResponses problems, Vertx vertx,
                    GatewayConfig config) {
        this.routeClasses = routeClasses;
        this.upstreams = upstreams;
        this.instances = instances;
        this.breakers = breakers;
        this.clientAddress = clientAddress;
        this.problems = problems;
        this.vertx = vertx;
        this.maxAttempts = Math.max(1, config.retry().maxAttempts());
        this.backoff = config.retry().backoff();
        this.bodyTimeout = config.requestBodyTimeout();
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
        Call call = new Call(context, owner.get(), query == null ? path : path + "?" + query,
                routeClasses.of(path));
        readBody(context, call.limits().maxBodySize()).onComplete(body -> {
            if (body.failed()) {
                if (body.cause() instanceof BodyTooLarge) {
                    BodyLimit.closeAfterwards(context);
                    problems.send(context, Problem.of(ProblemType.PAYLOAD_TOO_LARGE, "The request body is larger than "
                            + call.limits().maxBodySize() + " bytes"));
                } else if (body.cause() instanceof BodyTooSlow) {
                    BodyLimit.closeRightAfterwards(context);
                    problems.send(context, Problem.of(ProblemType.REQUEST_TIMEOUT, "The request body did not arrive"
                            + " within " + bodyTimeout.toMillis() + " ms"));
                } else {
                    context.response().reset();
                }
                return;
            }
            attempt(call, body.result(), 1);
        });
    }

    private record Call(RoutingContext context, Upstream upstream, String uri, RouteClasses.Limits limits) {

        HttpMethod method() {
            return context.request().method();
        }
    }

    private static final class BodyTooLarge extends RuntimeException {

        private static final long serialVersionUID = 1L;

        BodyTooLarge() {
            super(null, null, false, false);
        }
    }

    private static final class BodyTooSlow extends RuntimeException {

        private static final long serialVersionUID = 1L;

        BodyTooSlow() {
            super(null, null, false, false);
        }
    }

    /**
     * The request body, read up to {@code limit} bytes within the body timeout; null when the request has none.
     * A body trickled in (a byte now and then keeps any idle timeout at bay) fails with {@link BodyTooSlow}.
     */
    private Future<Buffer> readBody(RoutingContext context, long limit) {
        HttpServerRequest request = context.request();
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        String encoding = request.getHeader(HttpHeaders.TRANSFER_ENCODING);
        // HTTP/1.x says in its headers whether a body follows; HTTP/2 only by the stream going on after them
        if (length == null && encoding == null && request.version() != HttpVersion.HTTP_2) {
            return Future.succeededFuture(null);
        }
        if (length != null) {
            try {
                long declared = Long.parseLong(length.trim());
                if (declared > limit) {
                    return Future.failedFuture(new BodyTooLarge());
                }
                if (declared == 0) {
                    return Future.succeededFuture(Buffer.buffer());
                }
            } catch (NumberFormatException e) {
                // the HTTP codec refuses a broken Content-Length before we get here
                return Future.failedFuture(e);
            }
        }
        if ("100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))) {
            request.response().writeContinue();
        }
        Promise<Buffer> read = Promise.promise();
        Buffer body = Buffer.buffer();
        long deadline = vertx.setTimer(bodyTimeout.toMillis(), id -> {
            if (read.tryFail(new BodyTooSlow())) {
                request.pause();
            }
        });
        read.future().onComplete(done -> vertx.cancelTimer(deadline));
        request.handler(chunk -> {
            if (read.future().isComplete()) {
                return;
            }
            if (body.length() + (long) chunk.length() > limit) {
                read.tryFail(new BodyTooLarge());
                return;
            }
            body.appendBuffer(chunk);
        });
        request.exceptionHandler(read::tryFail);
        request.endHandler(end -> read.tryComplete(length == null && encoding == null && body.length() == 0 ? null : body));
        request.resume();
        return read.future();
    }

    private void attempt(Call call, Buffer body, int attempt) {
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
                .setHeaders(upstreamHeaders(context.request(), body));
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

    private void exchange(Call call, Buffer body, int attempt, CircuitBreaker.Granted granted, HttpClientRequest upstream) {
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
    private void callerGone(Call call, Attempt state, HttpClientRequest upstream, long timer) {
        state.callerGone = true;
        if (call.limits().stream()) {
            vertx.cancelTimer(timer);
            upstream.reset();
        } else if (state.relaying != null) {
            state.relaying.close();
        }
    }

    private boolean mayRetry(Call call, int attempt) {
        return attempt < maxAttempts && IDEMPOTENT.contains(call.method());
    }

    private void retryOrFail(Call call, Buffer body, int attempt, Problem problem) {
        if (mayRetry(call, attempt)) {
            retry(call, body, attempt);
        } else {
            problems.send(call.context(), problem);
        }
    }

    private void retry(Call call, Buffer body, int attempt) {
        long delay = Math.max(1, backoff.toMillis() << (attempt - 1));
        Log.debugf("Retrying %s %s on %s (attempt %d)", call.method(), call.context().normalizedPath(),
                call.upstream().serviceName(), attempt + 1);
        vertx.setTimer(delay, id -> attempt(call, body, attempt + 1));
    }

    /** Streams the service's answer to the caller: status, end-to-end headers, body as it comes. */
    private void relay(Call call, HttpClientResponse response, HttpClientRequest upstream, Attempt state) {
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
        Set<String> connectionScoped = connectionScoped(response.headers());
        response.headers().forEach(header -> {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (!connectionScoped.contains(name) && !name.startsWith("access-control-")
                    && !name.equals("x-request-id") && !name.equals(Correlation.TRACEPARENT)) {
                out.headers().add(header.getKey(), header.getValue());
            }
        });
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

    /** The headers the service receives: the caller's end-to-end headers, the token unchanged, and how it reached us. */
    private MultiMap upstreamHeaders(HttpServerRequest request, Buffer body) {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        Set<String> connectionScoped = connectionScoped(request.headers());
        request.headers().forEach(header -> {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (!connectionScoped.contains(name) && !OWNED_ON_REQUEST.contains(name)) {
                headers.add(header.getKey(), header.getValue());
            }
        });
        if (request.authority() != null) {
            headers.set("X-Forwarded-Host", request.authority().toString());
        }
        headers.set("X-Forwarded-Proto", request.scheme());
        headers.set("X-Forwarded-For", clientAddress.of(request));
        if (body != null) {
            headers.set(HttpHeaders.CONTENT_LENGTH, String.valueOf(body.length()));
        }
        return headers;
    }

    private static Set<String> connectionScoped(MultiMap headers) {
        Set<String> names = new HashSet<>(HOP_BY_HOP);
        for (String value : headers.getAll(HttpHeaders.CONNECTION)) {
            for (String token : value.split(",")) {
                names.add(token.trim().toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }
}
